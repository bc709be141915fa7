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
const str = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
};

const SERVANT_FIELDS = ['id', 'fullName', 'position', 'category', 'unit', 'body'] as const;

/** The "who" fields of a package's data (only the string values present; nothing invented). */
export function whoOf(data: unknown): Who {
  const who: Who = {};
  if (!isObj(data)) return who;
  const s = data['servant'];
  if (isObj(s)) {
    const servant: ServantWho = {};
    let any = false;
    for (const k of SERVANT_FIELDS) {
      const v = str(s[k]);
      if (v !== undefined) {
        servant[k] = v;
        any = true;
      }
    }
    if (any) who.servant = servant;
  }
  const p = data['period'];
  if (isObj(p)) {
    const from = str(p['from']);
    const to = str(p['to']);
    if (from && to) who.period = { from, to };
  }
  return who;
}
