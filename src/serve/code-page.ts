/**
 * The single-byte code page of a CSV that is not UTF-8: windows-1251 (Excel's «CSV» on a Russian Windows, 1C's
 * export), or KZ-1048 — the Kazakh code page of the standard СТ РК 1048-2002, Windows' «Казахская (KZ-1048)», which
 * older Excel and 1C exports write. KZ-1048 is windows-1251 with the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ (and і) put where
 * windows-1251 has letters of Serbian, Macedonian, Ukrainian and Belarusian (Ј Є Ќ Ѕ Ґ Ў Ї Ћ): read as windows-1251,
 * «Әбілқасымова» becomes «Јбілќасымова». The mapping is iconv-lite's («rk1048», the standard's table; every letter
 * is tested in test/serve/staff-kazakh.test.ts), loaded only when a CSV is not UTF-8.
 */

export type CodePage = 'windows-1251' | 'kz-1048';

/** The bytes 0x80–0xFF where the two code pages differ: a Kazakh letter in KZ-1048, another language's in windows-1251. */
let differing: Set<number> | undefined;

type Decode = (bytes: Uint8Array) => string;

async function kz1048(): Promise<Decode> {
  const iconv = (await import('iconv-lite')).default;
  return (bytes) => iconv.decode(bytes, 'rk1048');
}

const cp1251: Decode = (bytes) => new TextDecoder('windows-1251').decode(bytes);

/**
 * The text of a CSV in one of the two code pages. KZ-1048 when a byte of the file is one where the code pages differ:
 * a staff list of a Kazakh body has Kazakh letters and no Serbian or Ukrainian ones. The choice (a windows-1251 list
 * with a Ukrainian «є» or «ї» would be read as KZ-1048) is said to the user with the code page read (`codePage`).
 */
export async function decodeSingleByte(bytes: Uint8Array): Promise<{ text: string; codePage: CodePage }> {
  const kz = await kz1048();
  if (!differing) {
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const a = kz(high);
    const b = cp1251(high);
    differing = new Set([...high].filter((_, i) => a[i] !== b[i] && /\p{L}/u.test(a[i]!)));
  }
  const set = differing;
  return bytes.some((x) => set.has(x)) ? { text: kz(bytes), codePage: 'kz-1048' } : { text: cp1251(bytes), codePage: 'windows-1251' };
}
