/**
 * Bytes → text, the way officials' files really arrive: UTF-8 with or without a BOM,
 * UTF-16 from Windows editors, Windows-1251 from older Russian-language tools.
 * Pure: no I/O. What was guessed is reported, so the reader knows how the file was read.
 */
import { t3, type Finding } from '../law/finding.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251';
  findings: Finding[];
}

const info = (message: Finding['message'], facts: Record<string, unknown>): Finding => ({
  ruleId: 'input-encoding',
  severity: 'info',
  message,
  path: '',
  facts,
});

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
