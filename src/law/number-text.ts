/** A number as Kazakh and Russian write it, and as the acts print it: a decimal comma («2,99»). Pure. */
export const decimalComma = (n: number): string => String(n).replace('.', ',');
