/** RFC 6901 JSON Pointers, used for `Finding.path`. */

const escapeToken = (token: string | number): string =>
  String(token).replace(/~/g, '~0').replace(/\//g, '~1');

export const pointer = (...tokens: Array<string | number>): string =>
  tokens.length === 0 ? '' : '/' + tokens.map(escapeToken).join('/');

/** Rules read the same few pointers from every package: each is parsed once (bounded cache). */
const PARSED = new Map<string, readonly string[]>();

export const parsePointer = (ptr: string): readonly string[] => {
  let tokens = PARSED.get(ptr);
  if (!tokens) {
    tokens = ptr === '' ? [] : ptr.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (PARSED.size < 10_000) PARSED.set(ptr, tokens);
  }
  return tokens;
};
