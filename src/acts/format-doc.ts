/**
 * The package format of one methodology, written out for people: every field of the envelope
 * and of each form with its Kazakh and English title, whether it is required, and the act's
 * enum values; the event types with their clauses. Generated from the same schemas the checker
 * uses (`npm run schemas`), so the documentation cannot drift from what is checked.
 */
import type { TSchema } from 'typebox';
import { packageSchema, sessionSchema } from './envelope.js';
import { MODEL_PARAMS } from './b-corps-2018/params.js';
import type { Pack } from './pack.js';

interface S {
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, S>;
  required?: string[];
  items?: S;
  anyOf?: S[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

const kind = (s: S): string => {
  if (s.enum) return s.enum.map((v) => (typeof v === 'string' ? `«${v}»` : String(v))).join(' \\| ');
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.anyOf) return s.anyOf.map(kind).join(' or ');
  if (s.type === 'array') {
    const n = s.minItems !== undefined || s.maxItems !== undefined ? ` (${s.minItems ?? 0}–${s.maxItems ?? '…'} items)` : '';
    return `list of ${s.items ? (s.items.type === 'object' ? 'rows' : kind(s.items)) : 'items'}${n}`;
  }
  if (s.format === 'date') return 'date YYYY-MM-DD';
  if (s.type === 'integer' || s.type === 'number') {
    const r = s.minimum !== undefined || s.maximum !== undefined ? ` ${s.minimum ?? ''}…${s.maximum ?? ''}` : '';
    return `${s.type}${r}`;
  }
  return Array.isArray(s.type) ? s.type.join('/') : (s.type ?? 'any');
};

function rows(s: S, prefix: string, out: string[]): void {
  const req = new Set(s.required ?? []);
  for (const [name, p] of Object.entries(s.properties ?? {})) {
    if (name === '$schema') continue;
    const path = `${prefix}${name}`;
    const title = [p.title, p.description].filter(Boolean).join(' — ');
    out.push(`| \`${path}\` | ${req.has(name) ? 'yes' : ''} | ${kind(p).replace(/\n/g, ' ')} | ${title.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
    if (p.type === 'object' && p.properties) rows(p, `${path}.`, out);
    if (p.type === 'array' && p.items?.properties) rows(p.items, `${path}[].`, out);
  }
}

export function formatDoc(pack: Pack): string {
  const schema = packageSchema(pack) as S;
  const out: string[] = [
    `# Package format: \`${pack.id}\``,
    '',
    `${pack.act.title.kk}`,
    '',
    `${pack.act.title.en}. ${pack.scope.en}`,
    '',
    `Generated from \`schemas/${pack.id}/package.schema.json\` by \`npm run schemas\`; do not edit.`,
    '',
    '## Envelope',
    '',
    '| field | required | value | meaning |',
    '|---|---|---|---|',
  ];
  const env: S = { ...schema, properties: Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([k]) => k !== 'forms' && k !== 'session')) };
  rows(env, '', out);
  for (const [key, form] of Object.entries(pack.forms) as Array<[string, TSchema]>) {
    const a = pack.appendices.find((x) => x.formKey === key);
    const f = form as S;
    out.push('', `## \`forms.${key}\`${a ? ` — App. ${a.no}: «${a.title}»` : f.title ? ` — ${f.title}` : ''}`, '');
    if (a) out.push(`${a.titleEn} (${a.clause}).${a.present ? '' : ' The appendix is referenced but missing from the published act.'}`, '');
    out.push('| field | required | value | meaning |', '|---|---|---|---|');
    rows(f, `forms.${key}.`, out);
  }
  if (pack.events.length > 0) {
    out.push('', '## Event types (`events[].type`)', '', '| type | clause | meaning |', '|---|---|---|');
    for (const e of pack.events) out.push(`| \`${e.type}\` | ${e.clause}${e.also ? ` (also ${e.also.join('; ')})` : ''} | ${e.label.kk} — ${e.label.en} |`);
  }
  const session = sessionSchema(pack) as S | undefined;
  if (pack.session && session) {
    out.push(
      '',
      '## `session`: the commission or calibration session',
      '',
      'Inline under `session`, or in its own file that many packages share, referred to as `session: {ref: "sessions/x.yaml"}` (relative to the package; schema `session.schema.json`). One decision per servant, matched by `servant.id` or `servant.fullName`.',
      '',
      '| field | required | value | meaning |',
      '|---|---|---|---|',
    );
    rows(session, 'session.', out);
  }
  if (pack.rules.length > 0) {
    out.push(
      '',
      '## What is checked, and how each rule reads the package',
      '',
      'Every rule with its clause; the last column is the choice made where the act is silent or damaged (which date counts as the step, how a table row is read…). `bagalau explain <rule>` prints the clause\'s Kazakh text.',
      '',
      '| rule | clause | requires | reading |',
      '|---|---|---|---|',
    );
    for (const r of pack.rules) out.push(`| \`${r.id}\` | ${placesOf(r)} | ${cell(r.title.en)} | ${cell(r.note?.en ?? '')} |`);
  }
  if (pack.absenceKinds.length > 0) out.push('', `Absence kinds (\`servant.absences[].kind\`): ${pack.absenceKinds.map((k) => `«${k}»`).join(', ')}.`);
  out.push(...questions(pack));
  return out.join('\n') + '\n';
}

const ruleOf = (pack: Pack, name: string) => pack.rules.find((r) => r.id === `${pack.id}/${name}`);

/** The questions users asked while writing packages from these pages, answered for this pack with an example. */
function questions(pack: Pack): string[] {
  const out: string[] = ['', '## How to record…', ''];
  const yaml = (s: string) => ['```yaml', s, '```', ''];
  const competencies = ruleOf(pack, 'competencies');
  if (competencies) {
    out.push(
      `**Indicators not observed when a competency is graded «сәйкес».** List them in \`notObserved\` whatever the grade: the ${competencies.clause} 3/4 count is taken over the group's effective indicators minus those listed. One of four not observed still «meets»; two of four must be graded «сәйкес емес».`,
      '',
      ...yaml('rows:\n  - competency: ЖЕДЕЛДІЛІК\n    result: күтілетін нәтижеге сәйкес      # 3 of 4 observed: meets\n    notObserved: [Жұмысты орындау кезінде оған басымдық береді.]'),
    );
  }
  const indicators = ruleOf(pack, 'indicators');
  if (competencies || indicators) {
    out.push(
      '**Indicator groups.** Where App. 4 lists a category code in two groups — once with a head\'s post («бөлім басшысы», «сектор меңгерушісі»…), once marked «*» for everyone else — `servant.managerial` decides: `true` reads the group with the head\'s post, `false` the «*» group, whatever words the position uses; the checker says which group it read and why (info). Only when `managerial` is absent are the position\'s words compared with the annotation. Indicator texts match as the act prints them or typed clean: spaces, brackets and quotation marks the published text scattered in them do not count.',
      '',
      ...yaml('servant:\n  position: Ұйымдастыру-бақылау бөлімінің меңгерушісі\n  category: С-О-4\n  managerial: true     # → the group that lists С-О-4 for «бөлім басшысы»'),
    );
  }
  if (pack.session) {
    out.push(
      '**«for» and «against» in a vote** are relative to the decision recorded in `decision`: `for` supports that decision, `against` opposes it, `abstain` counts for neither. The decision is carried when the members present cast more `for` than `against` (a tie follows the pack\'s casting-vote rule).',
      '',
      ...yaml(`decisions:\n  - servant: "00417"\n    decision: ${JSON.stringify(pack.session.decisions[0] ?? '')}\n    votes:\n      - { member: Жұмабеков Е. С., vote: for }       # for this decision\n      - { member: Ахметова Д. Б., vote: against }`),
    );
  }
  if (pack.events.some((e) => e.type === 'familiarisation-refused')) {
    const refusal = ruleOf(pack, 'refusal-act');
    out.push(
      `**A refusal to be acquainted** is recorded as the event \`familiarisation-refused\` on the day of refusal, without \`familiarised\` (the refusal answers the familiarisation deadline), with the act of ${refusal?.clause ?? 'refusal'} in \`forms.refusalAct\` and the later \`sent-via-intranet\`.`,
      '',
      ...yaml('events:\n  - { type: familiarisation-refused, date: 2026-01-22 }\n  - { type: sent-via-intranet, date: 2026-01-22 }'),
    );
  }
  if (pack.session?.kinds.some((k) => /калибр|calibration/u.test(k))) {
    out.push(
      '**`approvedBy` and `formedBy` of a calibration session.** `formedBy` is the act that decided to hold the session and approved its members (its number and date); `approvedBy` is the person who approved the session\'s protocol, with the position and the date of approval. Both dates are steps: they are checked against the deadlines and against the methodology\'s validity.',
      '',
      ...yaml(`session:\n  kind: ${pack.session.kinds[0]}\n  date: 2026-04-24\n  formedBy: { number: "12-ж", date: 2026-04-20 }\n  approvedBy: { name: Ахметова Динара Болатқызы, position: Аппарат басшысы, date: 2026-04-24 }`),
    );
  }
  if (ruleOf(pack, 'tenure') && !pack.rules.some((r) => /period-(year|quarter)$/.test(r.id))) {
    out.push(
      '**A servant appointed mid-year.** The period is the year evaluated (1 January – 31 December); no clause of this act fixes it otherwise, so a part year is not rejected, but write the whole year and give the appointment in `servant.appointedOn`: the three-month rule (cl. 4) counts from it.',
      '',
      ...yaml('servant:\n  appointedOn: 2025-07-01\nperiod: { from: 2025-01-01, to: 2025-12-31 }'),
    );
  }
  return out.length > 3 ? out : [];
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const placesOf = (r: Pack['rules'][number]) => (r.places ? r.places.map((x) => x.clause).join(' or ') : r.clause);

export const RULES_BEGIN = '<!-- rules: generated from the pack by `npm run schemas`; do not edit by hand -->';
export const RULES_END = '<!-- /rules -->';

/**
 * The per-rule table of docs/acts-<id>.md, generated from the pack so it cannot drift: every rule
 * with the place(s) it cites, its severity, what it requires and the reading chosen.
 */
export function rulesTable(pack: Pack): string {
  const out = [RULES_BEGIN, '', `| id (\`${pack.id}/…\`) | clause | severity | requires (with the choice made, where the text is damaged or silent) |`, '|---|---|---|---|'];
  for (const r of pack.rules) {
    const name = r.id.startsWith(`${pack.id}/`) ? r.id.slice(pack.id.length + 1) : r.id;
    // the anchor a report's help link points at (src/report/rule-info.ts ruleDoc)
    out.push(`| <a id="${name}"></a>\`${name}\` | ${placesOf(r)} | ${r.severity} | ${cell(r.title.en)}${r.note ? ` — *${cell(r.note.en)}*` : ''} |`);
  }
  out.push('', ...paramsTable(pack), '', RULES_END);
  return out.join('\n');
}

/** A value as the table shows it: numbers and words as they are, lists joined, records as `key: value`. */
function shown(v: unknown): string {
  if (Array.isArray(v)) return v.map(shown).join('; ');
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${shown(x)}`).join(', ')} }`;
  return String(v);
}

/**
 * The file a pack's param is written in: the pack's own params.json, or, for what the 2018 family prints alike
 * (mic-2018 and almaty read it from there), src/acts/b-corps-2018/params.json. The docs' params table and
 * `bagalau explain` both name it from here.
 */
export function paramFile(pack: Pack, key: string): string {
  return family(key, pack.params[key]) ? 'src/acts/b-corps-2018/params.json' : `src/acts/${pack.id}/params.json`;
}
// A newcomer looked for mic-2018's kpiCount in src/acts/mic-2018/params.json, where the pack page sent them: the
// 2018 family's shared provisions are in b-corps-2018/params.json, so each row names the file it is in.
const family = (k: string, p: unknown): boolean => p !== undefined && Object.hasOwn(MODEL_PARAMS, k) && (MODEL_PARAMS as Record<string, unknown>)[k] === p;

/** The pack's params: each value (or place) with its clause, the values dated by an amendment, the reading chosen. */
function paramsTable(pack: Pack): string[] {
  const shared = Object.entries(pack.params).some(([k, p]) => family(k, p));
  const files = shared
    ? `\`src/acts/${pack.id}/params.json\`, and, where the row says so, \`src/acts/b-corps-2018/params.json\` (what the 2018 family prints alike), both read by \`src/acts/${pack.id}/params.ts\``
    : `\`src/acts/${pack.id}/params.json\`, read by \`src/acts/${pack.id}/params.ts\``;
  const out = [`The values and places the rules read (data: ${files}; each quote is in the act):`, '', '| param | clause | value | reading chosen |', '|---|---|---|---|'];
  for (const [k, p] of Object.entries(pack.params)) {
    const value = 'value' in p ? cell(shown(p.value)) : '— (a place)';
    const dated = 'dated' in p && p.dated ? p.dated.map((d) => `; from ${d.from}${d.to ? ` to ${d.to}` : ''}: ${cell(shown(d.value))} (${d.clause}, ${d.by})`).join('') : '';
    out.push(`| \`${k}\`${family(k, p) ? ' (b-corps-2018)' : ''} | ${p.clause} | ${value}${dated} | ${p.note ? cell(p.note.en) : ''} |`);
  }
  return out;
}

/** The doc with its rules table replaced by a fresh one (the markers must be there). */
export function withRulesTable(doc: string, pack: Pack): string {
  const a = doc.indexOf(RULES_BEGIN);
  const b = doc.indexOf(RULES_END);
  if (a < 0 || b < a) throw new Error(`docs/acts-${pack.id}.md has no generated rules table (markers missing)`);
  return doc.slice(0, a) + rulesTable(pack) + doc.slice(b + RULES_END.length);
}
