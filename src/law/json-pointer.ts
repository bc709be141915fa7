/** RFC 6901 JSON Pointers, used for `Finding.path`. */

const escapeToken = (token: string | number): string =>
  String(token).replace(/~/g, '~0').replace(/\//g, '~1');

export const pointer = (...tokens: Array<string | number>): string =>
  tokens.length === 0 ? '' : '/' + tokens.map(escapeToken).join('/');

export const joinPointer = (base: string, ...tokens: Array<string | number>): string =>
  base + (tokens.length === 0 ? '' : pointer(...tokens));

export const parsePointer = (ptr: string): string[] =>
  ptr === '' ? [] : ptr.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
