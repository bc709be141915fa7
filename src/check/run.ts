/**
 * The runner: one package in, its findings out. Structural validation first (ajv, with
 * Kazakh/Russian/English messages), then every rule of the methodology in the wording
 * in force for the package's period. Pure: files are read by the caller (src/package/),
 * and "today" is an argument.
 */
import { loadedPack, PACK_IDS } from '../acts/registry.js';
import type { Pack } from '../acts/pack.js';
import type { Calendar } from '../law/calendar/index.js';
import { SEVERITY_RANK, t3, type Finding, type Text3 } from '../law/finding.js';
import { fieldPlace } from './field-place.js';
import { parsePointer } from '../law/json-pointer.js';
import { accessorFor, packPointers, presencePointer, walk, type Accessor } from './accessors.js';
import { toFinding, type PackageData, type PackageEvent, type Report, type ResolvedSession, type Rule, type RuleContext } from '../rules/rule.js';
import { newBatch, type CheckBatch } from './batch.js';
import { EventDate, type DatedAt } from '../rules/dates.js';
import { normaliseServant } from './category.js';
import { schemaFindings } from './schema-findings.js';
import { reportStepsOutsideValidity, StepDates } from './step-dates.js';
import { resolveSession, type SessionLoader } from './session.js';
import { isSessionFile, sessionFileFinding } from './stray-session.js';
import { validators } from './validators.js';
import type { PlaceOf, SourceDoc } from '../package/source-doc.js';
import { whoOf, type Who } from './who.js';

export type { SourceDoc, PlaceOf };

export interface CheckOptions {
  /** The check date (YYYY-MM-DD): open deadlines are judged against it. */
  today: string;
  /** Check under the wording in force on this date instead of the period's. */
  wordingDate?: string;
  calendar: Calendar;
  /** Loads a session file a package refers to (`session: {ref}`), relative to the package file. */
  loadSession?: SessionLoader;
  /** What the packages of one batch share (./batch.ts); without it, nothing is shared between calls. */
  batch?: CheckBatch;
  /** Where packs are looked up (default: the bundled packs, which the caller loaded: src/acts/registry.ts `loadPack`); tests pass their own. */
  packs?: { byId: (id: string) => Pack | undefined; ids: readonly string[] };
}

export interface FileResult extends Who {
  file: string;
  methodology: string | null;
  wording: string | null;
  findings: Finding[];
}


/** Whatever goes wrong inside one file (an exception from a loader or a rule) is that file's `input` finding; the batch goes on. */
export function failedResult(file: string, e: unknown): FileResult {
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return {
    file,
    methodology: null,
    wording: null,
    findings: [{ ruleId: 'input', severity: 'error', path: '', message: t3(`Файлды тексеру мүмкін болмады (${msg})`, `Файл не удалось проверить (${msg})`, `The file could not be checked (${msg})`), facts: { error: msg } }],
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function checkDocument(doc: SourceDoc, opts: CheckOptions): FileResult {
  const findings: Finding[] = doc.findings.length === 0 ? [] : doc.findings.slice();
  const result: FileResult = { file: doc.file, methodology: null, wording: null, findings };
  const data = doc.data;
  if (data === undefined) return finish(result, doc);
  whoOf(data, result);
  if (isSessionFile(data)) {
    findings.push(sessionFileFinding());
    return finish(result, doc);
  }
  if (!isObj(data) || typeof data['methodology'] !== 'string') {
    findings.push({
      ruleId: 'input',
      severity: 'error',
      message: t3(
        'Бұл бағалау пакеті емес: жоғарғы деңгейде «methodology» өрісі жоқ',
        'Это не пакет оценки: на верхнем уровне нет поля «methodology»',
        'Not an evaluation package: no top-level «methodology» field',
      ),
      path: '',
    });
    return finish(result, doc);
  }
  const pack = opts.packs ? opts.packs.byId(data['methodology']) : loadedPack(data['methodology']);
  if (!pack) {
    const known = opts.packs ? opts.packs.ids : PACK_IDS;
    const ids = known.join(', ');
    findings.push({
      ruleId: 'unknown-methodology',
      severity: 'error',
      message: t3(`Белгісіз әдістеме «${data['methodology']}»; бары: ${ids}`, `Неизвестная методика «${data['methodology']}»; есть: ${ids}`, `Unknown methodology «${data['methodology']}»; known: ${ids}`),
      path: '/methodology',
      facts: { found: data['methodology'], known },
    });
    return finish(result, doc);
  }
  result.methodology = pack.id;
  let v: ReturnType<typeof validators>;
  try {
    v = validators(pack);
  } catch (e) {
    findings.push({
      ruleId: 'internal',
      severity: 'error',
      message: t3(`«${pack.id}» сызбасы құрастырылмады: ${(e as Error).message}`, `Схема «${pack.id}» не скомпилирована: ${(e as Error).message}`, `The schema of «${pack.id}» could not be compiled: ${(e as Error).message}`),
      path: '',
    });
    return finish(result, doc, pack);
  }
  const valid = v.pkg(data);
  if (!valid) findings.push(...schemaFindings(v.pkg.errors, pack));
  const period = isObj(data['period']) && typeof data['period']['from'] === 'string' && typeof data['period']['to'] === 'string'
    ? (data['period'] as { from: string; to: string })
    : undefined;
  if (!period) return finish(result, doc, pack);
  if (period.from > period.to) {
    findings.push({
      ruleId: 'period-order',
      severity: 'error',
      message: t3('Кезеңнің басы соңынан кейін тұр', 'Начало периода позже его конца', 'The period starts after it ends'),
      path: '/period',
      facts: period,
    });
  }
  const batch = opts.batch ?? newBatch();
  const asOf = batch.wording(pack, period, opts.wordingDate);
  result.wording = asOf.wording.date;
  if (asOf.findings.length > 0) findings.push(...asOf.findings);
  if (!valid) {
    findings.push({
      ruleId: 'rules-not-run',
      severity: 'info',
      message: t3(
        // in the officer's words: the schema's findings are the form's fields filled wrong or left empty
        'Әдістеме ережелері тексерілмеді: алдымен нысандарды толтырудағы қателерді түзетіңіз',
        'Правила методики не проверялись: сначала исправьте ошибки заполнения форм',
        'The methodology rules were not run: first correct the errors in filling the forms',
      ),
      path: '',
    });
    return finish(result, doc, pack);
  }
  const view = normaliseServant(data, findings, pack, asOf.wording.date, batch);
  const session = resolveSession(view, pack, doc, opts.loadSession, findings);
  const plan = planOf(pack);
  if (opts.wordingDate === undefined) reportStepsOutsideValidity(pack, plan.dates, view, session, asOf.wording.date, findings);
  runRules(pack, plan, view, session, opts, asOf.wording.date, findings);
  return finish(result, doc, pack, session?.placeOf);
}

/** A package's events of one type: each entry is the event with its index and, as a date reference reads it, its date and pointer. */
type Indexed = ReadonlyArray<EventDate & { event: PackageEvent }>;

/**
 * The package as the rules read it: the events of a type and their dates found once, when first asked,
 * and shared by every rule of the package. The event types the pack's rules ask for are numbered once
 * per pack (TypeSlots), so a package keeps its lists in arrays indexed by that number: no map or hash
 * table is made per package (three maps per package were a tenth of its allocations).
 */
class PackageContext implements RuleContext {
  constructor(
    readonly pkg: PackageData,
    readonly today: string,
    readonly calendar: Calendar,
    readonly session: ResolvedSession | undefined,
    private readonly plan: PackPlan,
    /** This package's number (PackPlan.stamp), under which its values are kept. */
    private readonly stamp: number,
  ) {}
  get(ptr: string): unknown {
    const n = this.plan.numbers.get(ptr);
    return n === undefined ? walk(this.pkg, parsePointer(ptr)) : valueAt(this.plan, n, this.pkg, this.stamp);
  }
  events(type: string): Indexed {
    const plan = this.plan;
    const slot = plan.slots.of(type);
    if (slot < 0) return eventsOfType(this.pkg, type);
    let list = plan.events[slot];
    if (list === undefined) plan.events[slot] = list = new EventList();
    return list.of(this.pkg, type, this.stamp);
  }
  /** The events' entries are their dates too: no second list per type. */
  eventDates(type: string): readonly DatedAt[] {
    return this.events(type);
  }
  caption(ptr: string): Text3 | undefined {
    return fieldOf(this.plan, ptr, '');
  }
  eventLabel(type: string): Text3 | undefined {
    return this.plan.pack.events.find((e) => e.type === type)?.label;
  }
}

const NONE: ReadonlyArray<never> = Object.freeze([]);

/** The events of one type, in file order, with their index (one pass over a package's few events). */
function eventsOfType(pkg: PackageData, type: string): Indexed {
  const events = pkg.events;
  if (!events) return NONE;
  let out: Array<EventDate & { event: PackageEvent }> | undefined;
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    if (event.type === type) (out ??= []).push(new EventDate(event, index) as EventDate & { event: PackageEvent });
  }
  return out ?? NONE;
}

/**
 * The events of one type of the package being checked, kept by the pack's plan and rewritten for each of its
 * packages (as valueAt's values are): the list and its entries are made once and reused, so a package's events
 * cost no allocation (a list and an entry per event, type and package were a fifth of the check's allocations).
 * A rule reads the list while it checks the package and keeps none of it (a finding copies the date and path).
 */
class EventList {
  /** The number of the package the list was filled for (PackPlan.stamp). */
  private stamp = 0;
  private current: Indexed = NONE;
  private readonly list: Array<EventDate & { event: PackageEvent }> = [];
  of(pkg: PackageData, type: string, stamp: number): Indexed {
    if (this.stamp === stamp) return this.current;
    this.stamp = stamp;
    const events = pkg.events;
    const list = this.list;
    let n = 0;
    if (events) {
      for (let index = 0; index < events.length; index++) {
        const event = events[index]!;
        if (event.type !== type) continue;
        if (n < list.length) list[n]!.of(event, index);
        else list.push(new EventDate(event, index) as EventDate & { event: PackageEvent });
        n++;
      }
    }
    if (n === 0) return (this.current = NONE);
    list.length = n;
    return (this.current = list);
  }
}

/** Numbers for the event types asked of one pack's packages; bounded (a type past the bound is looked up afresh each time). */
class TypeSlots {
  private readonly slots = new Map<string, number>();
  of(type: string): number {
    let s = this.slots.get(type);
    if (s === undefined) {
      if (this.slots.size >= 1_000) return -1;
      this.slots.set(type, (s = this.slots.size));
    }
    return s;
  }
}

/**
 * One rule as the runner calls it. Rules are object literals of some thirty kinds, each of its own
 * shape, so reading `rule.applies` and `rule.check` off them is a megamorphic load per rule and
 * package: they are read once per pack into objects of one shape.
 */
class Step {
  readonly applies: ((ctx: RuleContext) => boolean) | undefined;
  readonly check: (ctx: RuleContext) => Report[];
  constructor(
    readonly rule: Rule,
    /** For a rule quiet without its inputs: the numbers of the pointers whose presence it needs (PackPlan.numbers). */
    readonly inputs: readonly number[] | undefined,
  ) {
    this.applies = rule.applies;
    this.check = rule.check;
  }
}

/**
 * The pack's steps, and its pointers numbered: the ones the build writes accessors for (./accessors.ts
 * packPointers: those its rules declare, then the presence pointers of its quiet rules), each with its accessor.
 */
function stepsOf(pack: Pack): { steps: Step[]; numbers: Map<string, number>; accessors: Accessor[] } {
  const pointers = packPointers(pack);
  const numbers = new Map(pointers.map((ptr, n) => [ptr, n]));
  const accessorOf = accessorFor(pack);
  const accessors = pointers.map(accessorOf);
  const steps = pack.rules.map((rule) => {
    if (!rule.quietWithoutInputs || !rule.reads || rule.reads.length === 0) return new Step(rule, undefined);
    return new Step(rule, [...new Set(rule.reads.map((ptr) => numbers.get(presencePointer(ptr))!))]);
  });
  return { steps, numbers, accessors };
}

/**
 * What the package being checked holds at pointer n, read once per package: rules ask for the same
 * pointers (some 30 reads of 20 pointers a package in the bench), and a read is a chain of property
 * loads on the package's objects. Kept in the plan's two arrays, made once per pack: `seenIn[n]` is the
 * number of the package that read pointer n (`stamp`), `values[n]` what it read, so nothing is made or
 * cleared per package (the last package's values stay until the next one of the pack replaces them).
 */
function valueAt(plan: PackPlan, n: number, pkg: PackageData, stamp: number): unknown {
  if (plan.seenIn[n] === stamp) return plan.values[n];
  plan.seenIn[n] = stamp;
  return (plan.values[n] = plan.accessors[n]!(pkg));
}

/** Whether any of the inputs holds a value; each pointer read once per package (valueAt). */
function anyPresent(inputs: readonly number[], plan: PackPlan, pkg: PackageData, stamp: number): boolean {
  for (let i = 0; i < inputs.length; i++) if (valueAt(plan, inputs[i]!, pkg, stamp) !== undefined) return true;
  return false;
}

/** What the runner reads of a pack, made once per pack object like its validators: its rules, its pointers' accessors, its event types' numbers. */
interface PackPlan {
  /** The pack itself: its captions and event labels name what a finding says is missing. */
  pack: Pack;
  steps: readonly Step[];
  /** The pointers the rules declare and the presence pointers of quiet rules, numbered, and their accessors. */
  numbers: ReadonlyMap<string, number>;
  accessors: readonly Accessor[];
  slots: TypeSlots;
  /** By event type's number (slots): the events of that type of the package being checked. */
  events: Array<EventList | undefined>;
  /** Where the pack's forms can hold a dated step, and the walk's reused state (./step-dates.ts). */
  dates: StepDates;
  /** The values read of the package being checked (valueAt): its number, and per pointer the number of the package that read it and the value. */
  stamp: number;
  seenIn: Int32Array;
  values: unknown[];
  /** The captions of the places findings named (fieldOf), by pointer, in a package and in a session file; bounded. */
  fields: Map<string, Text3 | null>;
  sessionFields: Map<string, Text3 | null>;
}
const plans = new WeakMap<Pack, PackPlan>();
function planOf(pack: Pack): PackPlan {
  let p = plans.get(pack);
  if (!p) {
    const { steps, numbers, accessors } = stepsOf(pack);
    p = { pack, steps, numbers, accessors, slots: new TypeSlots(), events: [], dates: new StepDates(pack), stamp: 0, seenIn: new Int32Array(accessors.length), values: new Array<unknown>(accessors.length).fill(undefined), fields: new Map(), sessionFields: new Map() };
    plans.set(pack, p);
  }
  return p;
}

/**
 * The captions of a finding's place (./field-place.ts), found once per pack and pointer: a batch's findings name
 * the same few places over and over. The text is shared by the findings that name it, so it is frozen.
 */
function fieldOf(plan: PackPlan, path: string, base: '' | '/session'): Text3 | undefined {
  const known = base === '' ? plan.fields : plan.sessionFields;
  let t = known.get(path);
  if (t === undefined) {
    t = fieldPlace(plan.pack, path, base) ?? null;
    if (t) Object.freeze(t);
    if (known.size < 10_000) known.set(path, t);
  }
  return t ?? undefined;
}

function runRules(pack: Pack, plan: PackPlan, pkg: PackageData, session: ResolvedSession | undefined, opts: CheckOptions, wording: string, findings: Finding[]): void {
  // this package's number for valueAt (numbers restart, and the values are forgotten, after 2³¹ − 1 packages)
  if (plan.stamp === 0x7fffffff) {
    plan.stamp = 0;
    plan.seenIn.fill(0);
    plan.events.length = 0;
  }
  const stamp = ++plan.stamp;
  const ctx = new PackageContext(pkg, opts.today, opts.calendar, session, plan, stamp);
  const steps = plan.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const rule = step.rule;
    if (step.inputs !== undefined && !anyPresent(step.inputs, plan, pkg, stamp)) continue;
    try {
      if (step.applies !== undefined && !step.applies.call(rule, ctx)) continue;
      const reports = step.check.call(rule, ctx);
      for (let k = 0; k < reports.length; k++) {
        const r = reports[k]!;
        const f = toFinding(rule, r, { act: pack.id, clause: r.clause ?? rule.clause, wording: rule.wording ?? wording });
        if (r.inSession && session?.file) f.file = session.file;
        findings.push(f);
      }
    } catch (e) {
      findings.push({
        ruleId: 'internal',
        severity: 'error',
        message: t3(
          `«${rule.id}» ережесін тексеру мүмкін болмады: ${(e as Error).message}`,
          `Правило «${rule.id}» не удалось проверить: ${(e as Error).message}`,
          `Rule «${rule.id}» could not be checked: ${(e as Error).message}`,
        ),
        path: '',
        cite: { act: pack.id, clause: rule.clause, wording },
      });
    }
  }
}

function finish(result: FileResult, doc: SourceDoc, pack?: Pack, sessionPlaceOf?: PlaceOf): FileResult {
  const plan = pack && result.findings.length > 0 ? planOf(pack) : undefined;
  for (const f of result.findings) {
    const inSession = f.file !== undefined && f.file !== doc.file;
    if (plan && f.field === undefined && f.path !== '') {
      const field = fieldOf(plan, f.path, inSession ? '/session' : '');
      if (field) f.field = field;
    }
    if (f.place) continue;
    const placeOf = inSession ? sessionPlaceOf : doc.placeOf;
    const p = placeOf?.(f.path);
    if (p) f.place = p;
  }
  if (result.findings.length > 1) sortFindings(result.findings);
  return result;
}

/**
 * Sorted in place by severity, then line: stable, as Array.prototype.sort is, so the order is the same.
 * A package has a finding or two as a rule: for up to 16 an insertion sort, which allocates nothing
 * (the built-in sort made a work array for every package with two findings or more).
 */
function sortFindings(fs: Finding[]): void {
  if (fs.length > 16) {
    fs.sort(bySeverityAndLine);
    return;
  }
  for (let i = 1; i < fs.length; i++) {
    const f = fs[i]!;
    let j = i - 1;
    if (bySeverityAndLine(fs[j]!, f) <= 0) continue;
    while (j >= 0 && bySeverityAndLine(fs[j]!, f) > 0) {
      fs[j + 1] = fs[j]!;
      j--;
    }
    fs[j + 1] = f;
  }
}

const bySeverityAndLine = (a: Finding, b: Finding): number => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.place?.line ?? 0) - (b.place?.line ?? 0);
