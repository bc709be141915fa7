/**
 * The package format of one methodology, written out for people: every field of the envelope
 * and of each form with its Kazakh and English title, whether it is required, and the act's
 * enum values; the event types with their clauses. Generated from the same schemas the checker
 * uses (`npm run schemas`), so the documentation cannot drift from what is checked.
 */
import type { TSchema } from '@sinclair/typebox';
import { packageSchema, sessionSchema } from './envelope.js';
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
  const schema = packageSchema(pack) as unknown as S;
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
    const f = form as unknown as S;
    out.push('', `## \`forms.${key}\`${a ? ` — App. ${a.no}: «${a.title}»` : f.title ? ` — ${f.title}` : ''}`, '');
    if (a) out.push(`${a.titleEn} (${a.clause}).${a.present ? '' : ' The appendix is referenced but missing from the published act.'}`, '');
    out.push('| field | required | value | meaning |', '|---|---|---|---|');
    rows(f, `forms.${key}.`, out);
  }
  if (pack.events.length > 0) {
    out.push('', '## Event types (`events[].type`)', '', '| type | clause | meaning |', '|---|---|---|');
    for (const e of pack.events) out.push(`| \`${e.type}\` | ${e.clause} | ${e.label.kk} — ${e.label.en} |`);
  }
  const session = sessionSchema(pack) as unknown as S | undefined;
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
  return out.join('\n') + '\n';
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
    out.push(`| \`${name}\` | ${placesOf(r)} | ${r.severity} | ${cell(r.title.en)}${r.note ? ` — *${cell(r.note.en)}*` : ''} |`);
  }
  out.push('', RULES_END);
  return out.join('\n');
}

/** The doc with its rules table replaced by a fresh one (the markers must be there). */
export function withRulesTable(doc: string, pack: Pack): string {
  const a = doc.indexOf(RULES_BEGIN);
  const b = doc.indexOf(RULES_END);
  if (a < 0 || b < a) throw new Error(`docs/acts-${pack.id}.md has no generated rules table (markers missing)`);
  return doc.slice(0, a) + rulesTable(pack) + doc.slice(b + RULES_END.length);
}
