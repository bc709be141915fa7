/**
 * Bytes → text, the way officials' files really arrive: UTF-8 with or without a BOM,
 * UTF-16 from Windows editors, Windows-1251 from older Russian-language tools.
 * Pure: no I/O. What was guessed is reported, so the reader knows how the file was read.
 */
import { t3, type Finding } from '../law/finding.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1251';
  findings: Finding[];
}

const info = (message: Finding['message'], facts: Record<string, unknown>): Finding => ({
  ruleId: 'input-encoding',
  severity: 'info',
  message,
  path: '',
  facts,
});

/** UTF-32 by hand: a code point per 4 bytes; anything that is not one becomes U+FFFD and is reported. */
function utf32(bytes: Uint8Array, enc: 'utf-32le' | 'utf-32be', skip: number): Decoded {
  const parts: string[] = [];
  let bad = 0;
  const n = Math.floor((bytes.length - skip) / 4);
  if ((bytes.length - skip) % 4 !== 0) bad++;
  let chunk: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = skip + 4 * k;
    const cp = enc === 'utf-32le'
      ? (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) >>> 0
      : ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
    const ok = cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    if (!ok) bad++;
    chunk.push(ok ? cp : 0xfffd);
    if (chunk.length === 4096) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  const findings: Finding[] = [info(t3(`Файл ${enc.toUpperCase()} кодтауында оқылды`, `Файл прочитан в кодировке ${enc.toUpperCase()}`, `File read as ${enc.toUpperCase()}`), { encoding: enc })];
  if (bad > 0) {
    findings.push({
      ruleId: 'input-encoding',
      severity: 'warning',
      message: t3(`${enc.toUpperCase()} файлындағы ${bad} таңба оқылмады (U+FFFD)`, `${bad} символ(ов) файла ${enc.toUpperCase()} не прочитаны (U+FFFD)`, `${bad} character(s) of the ${enc.toUpperCase()} file could not be read (U+FFFD)`),
      path: '',
      facts: { encoding: enc, unreadable: bad },
    });
  }
  return { text: parts.join(''), encoding: enc, findings };
}

export function decode(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom', findings: [] };
  }
  const utf16 = (enc: 'utf-16le' | 'utf-16be', skip: number): Decoded => ({
    text: new TextDecoder(enc).decode(bytes.subarray(skip)),
    encoding: enc,
    findings: [info(t3(`Файл ${enc.toUpperCase()} кодтауында оқылды`, `Файл прочитан в кодировке ${enc.toUpperCase()}`, `File read as ${enc.toUpperCase()}`), { encoding: enc })],
  });
  // UTF-32 (no TextDecoder for it): its BOM begins like UTF-16LE's, so it is looked for first.
  if (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0) return utf32(bytes, 'utf-32le', 4);
  if (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return utf32(bytes, 'utf-32be', 4);
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && bytes[2] === 0 && bytes[3] === 0) return utf32(bytes, 'utf-32le', 0);
  if (bytes.length >= 4 && b0 === 0 && b1 === 0 && bytes[2] === 0 && bytes[3] !== 0) return utf32(bytes, 'utf-32be', 0);
  if (b0 === 0xff && b1 === 0xfe) return utf16('utf-16le', 2);
  if (b0 === 0xfe && b1 === 0xff) return utf16('utf-16be', 2);
  // UTF-16 without a BOM: every other byte of ASCII text is zero.
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && bytes[3] === 0) return utf16('utf-16le', 0);
  if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && bytes[2] === 0) return utf16('utf-16be', 0);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', findings: [] };
  } catch {
    // Not UTF-8: Windows-1251 is what Kazakh and Russian office tools wrote before UTF-8.
    // Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) have no place in 1251 except і, so warn.
    return {
      text: new TextDecoder('windows-1251').decode(bytes),
      encoding: 'windows-1251',
      findings: [
        {
          ruleId: 'input-encoding',
          severity: 'warning',
          message: t3(
            'Файл UTF-8 емес; Windows-1251 ретінде оқылды — бұл кодтауда қазақ әріптерінің көбі жоқ, мәтінді тексеріңіз және файлды UTF-8 ретінде сақтаңыз',
            'Файл не в UTF-8; прочитан как Windows-1251 — в этой кодировке нет большинства казахских букв, проверьте текст и сохраните файл в UTF-8',
            'The file is not UTF-8; it was read as Windows-1251, which lacks most Kazakh letters: check the text and save the file as UTF-8',
          ),
          path: '',
          facts: { encoding: 'windows-1251' },
        },
      ],
    };
  }
}
