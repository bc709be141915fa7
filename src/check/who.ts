/**
 * Who a package is about: the servant (name, position, category, unit, body) and the period,
 * read from the package envelope as far as it is readable, so that every report can group
 * results by body, unit and servant even when the package has structural errors.
 */

export interface ServantWho {
  id?: string;
  fullName?: string;
  position?: string;
  category?: string;
  unit?: string;
  body?: string;
}

export interface Who {
  servant?: ServantWho;
  period?: { from: string; to: string };
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A code unit that is surely no white space of `String.prototype.trim` (those are ≤ U+0020, U+00A0, or from U+1680 on). */
const solid = (c: number): boolean => c > 0x20 && c < 0x1680 && c !== 0xa0;
const str = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  // Most values need no trimming: tell so from their two ends before calling trim.
  if (v.length > 0 && solid(v.charCodeAt(0)) && solid(v.charCodeAt(v.length - 1))) return v;
  const t = v.trim();
  return t === '' ? undefined : t;
};

/**
 * The "who" fields of a package's data (only the string values present; nothing invented), written
 * onto `into` (a file's result: its `servant`, then its `period`). The six fields are read one by one
 * rather than by a loop over their names: a store under a variable key into a fresh object was most
 * of this function's time, once per package.
 */
export function whoOf<T extends Who>(data: unknown, into: T): T;
export function whoOf(data: unknown): Who;
export function whoOf(data: unknown, into: Who = {}): Who {
  if (!isObj(data)) return into;
  const s = data['servant'];
  if (isObj(s)) {
    const id = str(s['id']);
    const fullName = str(s['fullName']);
    const position = str(s['position']);
    const category = str(s['category']);
    const unit = str(s['unit']);
    const body = str(s['body']);
    if (id !== undefined || fullName !== undefined || position !== undefined || category !== undefined || unit !== undefined || body !== undefined) {
      const servant: ServantWho = {};
      if (id !== undefined) servant.id = id;
      if (fullName !== undefined) servant.fullName = fullName;
      if (position !== undefined) servant.position = position;
      if (category !== undefined) servant.category = category;
      if (unit !== undefined) servant.unit = unit;
      if (body !== undefined) servant.body = body;
      into.servant = servant;
    }
  }
  const p = data['period'];
  if (isObj(p)) {
    const from = str(p['from']);
    const to = str(p['to']);
    if (from && to) into.period = { from, to };
  }
  return into;
}
