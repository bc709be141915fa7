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
import { dayText } from '../law/day-text.js';
import { clauseText } from '../law/cite-text.js';
import type { Pack } from '../acts/pack.js';
import { t3, type Finding } from '../law/finding.js';
import { dayKey } from '../rules/dates.js';
import type { PackageData, ResolvedSession } from '../rules/rule.js';

interface Step {
  path: string;
  date: string;
  inSession: boolean;
}

const escape = (k: string | number): string => (typeof k === 'number' ? String(k) : k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k);

/**
 * Where under `forms` a `date` can stand, read once per pack from its forms' schemas: a tree of the
 * keys worth descending into (`props`) and, for an array, the plan of its items. The steps are looked
 * for only in a package that passed its schema, and the forms' objects admit no other keys
 * (`additionalProperties: false`), so a subtree whose schema holds no object with a `date` (a list of
 * KPIs, a questionnaire's answers) is not walked at all. A schema this reading does not understand
 * (no `additionalProperties: false`, `$ref`, `allOf`, `if`…) is walked whole (`ANY`), as before.
 */
export interface DatePlan {
  /** Walk everything below (every key, every item). */
  readonly any: boolean;
  /** The keys of an object worth reading: `date`, and those whose value may hold one. */
  readonly props: Readonly<Record<string, DatePlan>> | undefined;
  /** The same keys, in the schema's order (read one by one, without enumerating the object). */
  readonly keys: readonly string[] | undefined;
  /** Each key's plan, in the order of `keys` (an array read by index rather than a lookup in `props` per key). */
  readonly subs: readonly DatePlan[] | undefined;
  /**
   * Whether a key of `keys` is also a property of Object.prototype (`constructor`, `toString`…): only then
   * can a value read under it be inherited, and only then is each value's ownership tested.
   */
  readonly inherits: boolean;
  /** An array's items' plan. */
  readonly items: DatePlan | undefined;
}

const ANY: DatePlan = { any: true, props: undefined, keys: undefined, subs: undefined, inherits: false, items: undefined };
/** A `date` key's value that can hold no object. */
const LEAF: DatePlan = { any: false, props: undefined, keys: undefined, subs: undefined, inherits: false, items: undefined };
function narrow(props: Record<string, DatePlan> | undefined, items: DatePlan | undefined): DatePlan {
  const keys = props ? Object.keys(props) : undefined;
  return { any: false, props, keys, subs: keys?.map((k) => props![k]!), inherits: !!keys?.some((k) => k in Object.prototype), items };
}

type Schema = Record<string, unknown>;

/**
 * The days the methodology was in force (the pack's validity) as day keys (../rules/dates.ts `dayKey`:
 * ordered as the dates' text is, compared as numbers rather than strings): a step dated outside them is
 * reported. No end: `to` is Infinity.
 */
interface Bounds {
  readonly from: number;
  readonly to: number;
}
/** Whether `d` (a value read where a date stands) is a date outside the bounds; a value that is no date is not. */
function outside(d: unknown, b: Bounds): d is string {
  const n = dayKey(d);
  return n >= 0 && (n < b.from || n > b.to);
}
/** A bound as a day key: the packs' validity dates are dates (the pack's schema); one that is not refuses to make a plan. */
function boundKey(d: string): number {
  const n = dayKey(d);
  if (n < 0) throw new Error(`validity date «${d}» is not a date (YYYY-MM-DD)`);
  return n;
}
const STRUCTURAL_UNKNOWN = ['$ref', '$dynamicRef', 'allOf', 'if', 'not', 'patternProperties', 'prefixItems', 'dependentSchemas', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames'];

function union(a: DatePlan | undefined, b: DatePlan | undefined): DatePlan | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.any || b.any) return ANY;
  let props: Record<string, DatePlan> | undefined;
  if (a.props || b.props) {
    props = Object.create(null) as Record<string, DatePlan>;
    for (const [k, v] of Object.entries(a.props ?? {})) props[k] = v;
    for (const [k, v] of Object.entries(b.props ?? {})) props[k] = union(props[k], v)!;
  }
  return narrow(props, union(a.items, b.items));
}

const holdsObjects = (v: unknown): boolean => v !== null && typeof v === 'object';

/** The plan for values of schema `s`: undefined where no `date` can be below it. */
export function datePlan(s: unknown): DatePlan | undefined {
  if (s === false) return undefined;
  if (s === null || typeof s !== 'object') return ANY;
  const o = s as Schema;
  if (STRUCTURAL_UNKNOWN.some((k) => k in o)) return ANY;
  if ('const' in o) return holdsObjects(o['const']) ? ANY : undefined;
  if (Array.isArray(o['enum'])) return o['enum'].some(holdsObjects) ? ANY : undefined;
  const alternatives = (o['anyOf'] ?? o['oneOf']) as unknown;
  if (alternatives !== undefined) {
    if (!Array.isArray(alternatives) || 'properties' in o || 'items' in o || 'type' in o) return ANY;
    let plan: DatePlan | undefined;
    for (const a of alternatives) plan = union(plan, datePlan(a));
    return plan;
  }
  const type = o['type'];
  const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
  if (!types) return ANY;
  let plan: DatePlan | undefined;
  if (types.includes('object')) {
    if (o['additionalProperties'] !== false) return ANY;
    const props = Object.create(null) as Record<string, DatePlan>;
    let any = false;
    for (const [k, sub] of Object.entries((o['properties'] ?? {}) as Record<string, unknown>)) {
      const p = datePlan(sub);
      if (k === 'date') props[k] = p ?? LEAF;
      else if (p) props[k] = p;
      else continue;
      any = true;
    }
    if (any) plan = narrow(props, undefined);
  }
  if (types.includes('array')) {
    const items = 'items' in o ? datePlan(o['items']) : ANY;
    if (items) plan = union(plan, narrow(undefined, items));
  }
  return plan;
}

/** A pack's plan for its `forms` object (which holds its forms' keys only). */
export function formsDatePlan(pack: Pack): DatePlan | undefined {
  const props = Object.create(null) as Record<string, DatePlan>;
  let any = false;
  for (const [key, schema] of Object.entries(pack.forms)) {
    const p = datePlan(schema);
    if (p) {
      props[key] = p;
      any = true;
    }
  }
  return any ? narrow(props, undefined) : undefined;
}

/**
 * What one pack's walk reuses from package to package: its validity as one shape for every pack (a
 * pack's own `validity` object differs in shape from pack to pack, which made each comparison a
 * megamorphic read), where its forms can hold a date, and the key stack and list of steps found,
 * emptied before each package: a package with no step outside the validity allocates nothing here.
 * The check is synchronous, so one package at a time uses them.
 */
export class StepDates {
  readonly bounds: Bounds;
  readonly forms: DatePlan | undefined;
  readonly keys: Array<string | number> = ['forms'];
  readonly out: Step[] = [];
  constructor(pack: Pack) {
    const v = pack.validity;
    this.bounds = { from: boundKey(v.from), to: v.to === undefined ? Infinity : boundKey(v.to) };
    this.forms = formsDatePlan(pack);
  }
}

type Walk = (v: object, plan: DatePlan, w: StepDates) => void;

/** One key of an object on the walk: a `date` outside the bounds is a step; an object below is walked by `next` with the key's plan. */
function visit(k: string, x: unknown, sub: DatePlan, w: StepDates, next: Walk): void {
  if (k === 'date' && typeof x === 'string') {
    if (outside(x, w.bounds)) {
      w.keys.push(k);
      w.out.push({ path: `/${w.keys.map(escape).join('/')}`, date: x, inSession: false });
      w.keys.pop();
    }
    return;
  }
  if (x !== null && typeof x === 'object') {
    w.keys.push(k);
    next(x, sub, w);
    w.keys.pop();
  }
}

/** The objects and arrays of an array, each walked by `next` with the items' plan. */
function eachItem(v: readonly unknown[], items: DatePlan, w: StepDates, next: Walk): void {
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (x === null || typeof x !== 'object') continue;
    w.keys.push(i);
    next(x, items, w);
    w.keys.pop();
  }
}

/**
 * Every `date` inside the forms, with its JSON Pointer, where the plan says one can be (in the
 * package's own order). The walk keeps the keys (indices as numbers) on a stack and builds a pointer
 * only for a date it keeps: forms are large and dates few, and building a string for every node was a
 * sixth of the package check's time. Only objects and arrays are descended into.
 */
function formDates(v: object, plan: DatePlan, w: StepDates): void {
  if (Array.isArray(v)) {
    const items = plan.any ? plan : plan.items;
    if (items) eachItem(v, items, w, formDates);
    return;
  }
  const props = plan.props;
  if (!plan.any && !props) return;
  const o = v as Record<string, unknown>;
  // for…in with an own-key test enumerates as Object.keys does, without an array per object.
  for (const k in o) {
    if (!Object.hasOwn(o, k)) continue;
    const sub = plan.any ? plan : props![k];
    if (sub !== undefined) visit(k, o[k], sub, w, formDates);
  }
}

/**
 * The same steps found by reading the plan's keys one by one (no enumeration of the objects, no
 * own-key test per key), in the schema's order rather than the package's: the caller walks again in
 * the package's order when two or more are found (only a package with steps outside the validity).
 */
function planDates(v: object, plan: DatePlan, w: StepDates): void {
  if (plan.any) return formDates(v, plan, w);
  if (Array.isArray(v)) {
    const items = plan.items;
    if (items) eachItem(v, items, w, planDates);
    return;
  }
  const names = plan.keys;
  if (!names) return;
  const subs = plan.subs!;
  const o = v as Record<string, unknown>;
  const inherits = plan.inherits;
  for (let i = 0; i < names.length; i++) {
    const k = names[i]!;
    const x = o[k];
    if (x !== undefined && (!inherits || Object.hasOwn(o, k))) visit(k, x, subs[i]!, w, planDates);
  }
}

/** A session's date outside the bounds, as a step. */
function sessionStep(w: StepDates, session: ResolvedSession, p: string, d: unknown): void {
  if (outside(d, w.bounds)) w.out.push({ path: `${session.base}${p}`, date: d, inSession: session.file !== undefined });
}

/** The dated steps outside the bounds (the validity), in the order of the package, into `w.out` (emptied first). */
function steps(pkg: PackageData, w: StepDates, session: ResolvedSession | undefined): void {
  const out = w.out;
  out.length = 0;
  const events = pkg.events;
  if (events) {
    for (let i = 0; i < events.length; i++) {
      const d = events[i]!.date;
      if (outside(d, w.bounds)) out.push({ path: `/events/${i}/date`, date: d, inSession: false });
    }
  }
  const plan = w.forms;
  if (plan && pkg.forms !== null && typeof pkg.forms === 'object') {
    const n = out.length;
    w.keys.length = 1;
    planDates(pkg.forms, plan, w);
    // Two or more found: the package's own order (the findings' order) comes from walking it in that order.
    if (out.length - n > 1) {
      out.length = n;
      formDates(pkg.forms, plan, w);
    }
  }
  if (session) {
    const s = session.data;
    sessionStep(w, session, '/date', s.date);
    sessionStep(w, session, '/approvedBy/date', s.approvedBy?.date);
    sessionStep(w, session, '/formedBy/date', s.formedBy?.date);
  }
}

/**
 * The findings of the dated steps outside the pack's validity, added to `findings` (a step in a session
 * file names that file). `w`: the pack's StepDates (made once per pack by the runner).
 */
export function reportStepsOutsideValidity(pack: Pack, w: StepDates, pkg: PackageData, session: ResolvedSession | undefined, wording: string, findings: Finding[]): void {
  const v = pack.validity;
  const { from, to } = pkg.period;
  if (to < v.from || (v.to !== undefined && from > v.to)) return;
  steps(pkg, w, session);
  const found = w.out;
  if (found.length === 0) return;
  for (const s of found) {
    let f: Finding;
    if (v.to !== undefined && s.date > v.to) {
      const by = v.repeal ?? v.repealedBy?.en ?? '';
      f = {
        ruleId: 'step-after-repeal',
        severity: 'error',
        message: t3(
          `${dayText(s.date, 'kk')} күнгі қадам әдістеменің күші жойылғаннан кейін жасалған (${dayText(v.to, 'kk')} дейін күшінде болды): ${v.repealedBy?.kk ?? by}`,
          `Шаг от ${dayText(s.date, 'ru')} сделан после утраты силы методики (действовала до ${dayText(v.to, 'ru')}): ${v.repealedBy?.ru ?? by}`,
          `The step dated ${s.date} was taken after the methodology was repealed (in force until ${v.to}): ${v.repealedBy?.en ?? by}`,
        ),
        path: s.path,
        cite: { act: pack.id, clause: by, wording },
        facts: { date: s.date, validTo: v.to, repealedBy: by },
      };
    } else if (s.date < v.from) {
      f = {
        ruleId: 'step-before-entry',
        severity: 'error',
        message: t3(
          `${dayText(s.date, 'kk')} күнгі қадам әдістеме қолданысқа енгізілгенге дейін жасалған (${dayText(v.from, 'kk')} бастап, ${clauseText(v.entry.clause, 'kk')})`,
          `Шаг от ${dayText(s.date, 'ru')} сделан до введения методики в действие (с ${dayText(v.from, 'ru')}, ${clauseText(v.entry.clause, 'ru')})`,
          `The step dated ${s.date} was taken before the methodology came into force (from ${v.from}, ${v.entry.clause})`,
        ),
        path: s.path,
        cite: { act: pack.id, clause: v.entry.clause, wording },
        facts: { date: s.date, validFrom: v.from, entry: v.entry.clause },
      };
      if (v.fromNote) f.note = v.fromNote;
    } else continue;
    if (s.inSession && session?.file) f.file = session.file;
    findings.push(f);
  }
  found.length = 0;
}
