/**
 * Steps taken when the methodology was not in force (issue 13, class 4). Validity is judged on the
 * period by as-of.ts; this looks at the dated steps themselves: an event, a signature or approval on a
 * form (every `date` inside `forms`), the session's date, its approval and the order forming it. A step
 * dated after the repeal is a finding naming the repealing act; a step dated before entry into force
 * names the clause that put the act into force. Pure.
 *
 * A package whose whole period lies outside the validity already has `outside-validity`; its steps are
 * not reported again. With `--wording DATE` the user has chosen the rules of another date: not run.
 */
import type { Pack } from '../acts/pack.js';
import { t3, type Finding } from '../law/finding.js';
import { isoShaped } from '../rules/dates.js';
import type { PackageData, ResolvedSession } from '../rules/rule.js';

interface Step {
  path: string;
  date: string;
  inSession: boolean;
}

const escape = (k: string | number): string => (typeof k === 'number' ? String(k) : k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k);

/**
 * Every `date` inside the forms, with its JSON Pointer. The walk keeps the keys (indices as numbers)
 * on a stack and builds a pointer only for a date it keeps: forms are large and dates few, and
 * building a string for every node was a sixth of the package check's time. Only objects and arrays
 * are descended into (a questionnaire's answers are texts).
 */
function formDates(v: object, keys: Array<string | number>, out: Step[], keep: (date: string) => boolean): void {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (x === null || typeof x !== 'object') continue;
      keys.push(i);
      formDates(x, keys, out, keep);
      keys.pop();
    }
    return;
  }
  const o = v as Record<string, unknown>;
  // for…in with an own-key test enumerates as Object.keys does, without an array per object.
  for (const k in o) {
    if (!Object.hasOwn(o, k)) continue;
    const x = o[k];
    if (k === 'date') {
      if (isoShaped(x)) {
        if (keep(x)) {
          keys.push(k);
          out.push({ path: `/${keys.map(escape).join('/')}`, date: x, inSession: false });
          keys.pop();
        }
        continue;
      }
    }
    if (x !== null && typeof x === 'object') {
      keys.push(k);
      formDates(x, keys, out, keep);
      keys.pop();
    }
  }
}

/** The dated steps for which `keep` holds (those outside the validity), in the order of the package. */
function steps(pkg: PackageData, session: ResolvedSession | undefined, keep: (date: string) => boolean): Step[] {
  const out: Step[] = [];
  const events = pkg.events ?? [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (isoShaped(e.date) && keep(e.date)) out.push({ path: `/events/${i}/date`, date: e.date, inSession: false });
  }
  if (pkg.forms !== null && typeof pkg.forms === 'object') formDates(pkg.forms, ['forms'], out, keep);
  if (session) {
    const s = session.data;
    const inSession = session.file !== undefined;
    const at = (p: string, d: unknown) => {
      if (isoShaped(d) && keep(d)) out.push({ path: `${session.base}${p}`, date: d, inSession });
    };
    at('/date', s.date);
    at('/approvedBy/date', s.approvedBy?.date);
    at('/formedBy/date', s.formedBy?.date);
  }
  return out;
}

export function stepsOutsideValidity(pack: Pack, pkg: PackageData, session: ResolvedSession | undefined, wording: string): Array<Finding & { inSession?: boolean }> {
  const v = pack.validity;
  const { from, to } = pkg.period;
  if (to < v.from || (v.to !== undefined && from > v.to)) return [];
  const out: Array<Finding & { inSession?: boolean }> = [];
  const outside = (d: string): boolean => d < v.from || (v.to !== undefined && d > v.to);
  for (const s of steps(pkg, session, outside)) {
    if (v.to !== undefined && s.date > v.to) {
      const by = v.repeal ?? v.repealedBy?.en ?? '';
      out.push({
        ruleId: 'step-after-repeal',
        severity: 'error',
        message: t3(
          `${s.date} күнгі қадам әдістеменің күші жойылғаннан кейін жасалған (${v.to} дейін күшінде болды): ${v.repealedBy?.kk ?? by}`,
          `Шаг от ${s.date} сделан после утраты силы методики (действовала до ${v.to}): ${v.repealedBy?.ru ?? by}`,
          `The step dated ${s.date} was taken after the methodology was repealed (in force until ${v.to}): ${v.repealedBy?.en ?? by}`,
        ),
        path: s.path,
        cite: { act: pack.id, clause: by, wording },
        facts: { date: s.date, validTo: v.to, repealedBy: by },
        ...(s.inSession ? { inSession: true } : {}),
      });
    } else if (s.date < v.from) {
      out.push({
        ruleId: 'step-before-entry',
        severity: 'error',
        message: t3(
          `${s.date} күнгі қадам әдістеме қолданысқа енгізілгенге дейін жасалған (${v.from} бастап, ${v.entry.clause})`,
          `Шаг от ${s.date} сделан до введения методики в действие (с ${v.from}, ${v.entry.clause})`,
          `The step dated ${s.date} was taken before the methodology came into force (from ${v.from}, ${v.entry.clause})`,
        ),
        path: s.path,
        cite: { act: pack.id, clause: v.entry.clause, wording },
        facts: { date: s.date, validFrom: v.from, entry: v.entry.clause },
        ...(v.fromNote ? { note: v.fromNote } : {}),
        ...(s.inSession ? { inSession: true } : {}),
      });
    }
  }
  return out;
}
