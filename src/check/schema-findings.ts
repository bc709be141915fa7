/**
 * ajv's errors as findings: one per place and problem, in the working languages (./ajv-messages.ts), each said
 * at the field it is about, by the captions the officer sees on the form (./field-place.ts): «НМИ бойынша бағалау
 * парағы › «НМИ», 4-жол › «Нақты мәні»: …». The JSON Pointer stays the finding's `path`; the place said in words is
 * `field` too (as every finding has: ../check/run.ts), so that a page showing the message beside the field itself can leave it out.
 */
import type { Pack } from '../acts/pack.js';
import type { Finding, Text3 } from '../law/finding.js';
import { alternatives, schemaMessage } from './ajv-messages.js';
import { enumWords } from './enum-words.js';
import { fieldCaption, fieldPlace } from './field-place.js';
import type { ErrorObject } from './validators.js';

const star = (pointer: string): string => pointer.replace(/\/(0|[1-9]\d*)(?=\/|$)/g, '/*');

/**
 * One error's message with its field in words, and that field alone (undefined where the table names none).
 * `pack` gives the captions (none without one); `base` is where the validated document sits in a package ('/session' for a
 * session file).
 */
export function placedSchemaMessage(e: ErrorObject, pack?: Pack, base = ''): { message: Text3; field?: Text3 } {
  const words = e.keyword === 'enum' ? enumWords((e.params as { allowedValues?: unknown[] }).allowedValues ?? [], pack) : undefined;
  const what = schemaMessage(e, (key) => fieldCaption(pack, `${base}${star(e.instancePath)}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`), words);
  const field = fieldPlace(pack, e.instancePath, base);
  if (!field) return { message: what };
  return { message: { kk: `${field.kk}: ${what.kk}`, ru: `${field.ru}: ${what.ru}`, en: `${field.en}: ${what.en}` }, field };
}

export function schemaFindings(errors: readonly ErrorObject[] | null | undefined, pack?: Pack, base = ''): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  // A number-or-text value's anyOf says the whole expectation («число или непустой текст»): its branches' own
  // errors at the same place («должно быть число», «не должно быть пустым») would only repeat it in halves.
  const said = (errors ?? []).filter((a) => (a.keyword === 'anyOf' || a.keyword === 'oneOf') && alternatives(a.schema));
  const branchOfSaid = (e: ErrorObject) => said.some((a) => a !== e && a.instancePath === e.instancePath && e.schemaPath.startsWith(`${a.schemaPath}/`));
  for (const e of errors ?? []) {
    // "must match the else/then schema" only summarises the branch errors reported beside it.
    if (e.keyword === 'if') continue;
    if (said.length > 0 && branchOfSaid(e)) continue;
    // anyOf/oneOf reports every branch; keep the summary and the first concrete error per place.
    const path = e.instancePath;
    const key = `${path}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { message, field } = placedSchemaMessage(e, pack, base);
    const f: Finding = { ruleId: 'schema', severity: 'error', message, path, facts: { keyword: e.keyword, params: e.params } };
    if (field) f.field = field;
    out.push(f);
  }
  return out;
}
