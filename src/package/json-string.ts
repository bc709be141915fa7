/**
 * The end of a JSON string, for the scans that skip strings without reading them (the depth check before
 * JSON.parse, the places of findings). Most of a package's text is in strings: indexOf finds their ends
 * faster than a loop over their characters.
 */

/** The offset of the quote that closes the string opened at `open`, or -1 when none does. */
export function closingQuote(text: string, open: number): number {
  for (let from = open + 1; ; ) {
    const q = text.indexOf('"', from);
    if (q === -1) return -1;
    let k = q - 1;
    while (text.charCodeAt(k) === 92) k--;
    // an even number of backslashes before the quote: it closes the string
    if ((q - 1 - k) % 2 === 0) return q;
    from = q + 1;
  }
}
