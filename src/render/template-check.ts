/**
 * The template ↔ schema contract: every data path a template reads must exist in the JSON Schema of
 * its form (or of the package envelope, for `servant`, `period`, `session`, `package`), and every
 * field the form's schema requires must appear in the template. Pure: schemas and sources come in.
 */
// the contract reads every template's syntax tree: Handlebars' compiler is always needed here
import './template-compiler.js';
import { templatePaths } from './template-paths.js';
import type { UsedPath } from './template-paths.js';
import { TemplateError } from './template.js';
import { t3, type Text3 } from '../law/finding.js';

export type JsonSchema = Record<string, unknown>;

export interface ContractProblem {
  template: string;
  line?: number;
  column?: number;
  kind: 'unknown-path' | 'required-missing' | 'no-schema' | 'template-error';
  message: Text3;
}

/** The contract's problems in the three languages (the path and the engine's own error text are shown as they are). */
const CONTRACT_WORDS = {
  templateError: (detail: string): Text3 => t3(`үлгінің синтаксисі оқылмады: ${detail}`, `синтаксис шаблона не разобран: ${detail}`, `the template's syntax could not be read: ${detail}`),
  methodologyFields: (path: string): Text3 => t3(`${path}: methodology ішінде тек id, title және asPublished бар`, `${path}: в methodology есть только id, title и asPublished`, `${path}: methodology has only id, title and asPublished`),
  noFormSchema: (path: string): Text3 => t3(`${path}: салыстыратын нысан схемасы жоқ`, `${path}: нет схемы формы для сверки`, `${path}: no form schema to check against`),
  notInForm: (path: string): Text3 => t3(`${path} нысан схемасында жоқ`, `${path} нет в схеме формы`, `${path} is not in the form's schema`),
  noPackageSchema: (path: string): Text3 => t3(`${path}: салыстыратын пакет схемасы жоқ`, `${path}: нет схемы пакета для сверки`, `${path}: no package schema to check against`),
  notInPackage: (path: string): Text3 => t3(`${path} пакет схемасында жоқ`, `${path} нет в схеме пакета`, `${path} is not in the package schema`),
  unknownRoot: (path: string): Text3 => t3(`${path}: үлгі тек form, servant, period, session, package, methodology оқиды`, `${path}: шаблон читает только form, servant, period, session, package, methodology`, `${path}: a template reads only form, servant, period, session, package, methodology`),
  requiredMissing: (path: string): Text3 => t3(`міндетті өріс ${path} үлгіде жоқ`, `обязательное поле ${path} в шаблоне не выводится`, `required field ${path} does not appear in the template`),
};
const W = CONTRACT_WORDS;

const isIndex = (s: string): boolean => /^\d+$/.test(s);

function deref(s: JsonSchema, root: JsonSchema): JsonSchema {
  let cur = s;
  for (let i = 0; i < 20 && typeof cur['$ref'] === 'string'; i++) {
    const ref = cur['$ref'] as string;
    if (!ref.startsWith('#/')) return cur;
    let t: unknown = root;
    for (const part of ref.slice(2).split('/')) t = (t as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (!t || typeof t !== 'object') return cur;
    cur = t as JsonSchema;
  }
  return cur;
}

/** The sub-schemas a step leads to (several when the schema branches with anyOf/oneOf/allOf or if/then/else). */
function step(s: JsonSchema, seg: string, root: JsonSchema): JsonSchema[] {
  const x = deref(s, root);
  const out: JsonSchema[] = [];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = x[key];
    if (Array.isArray(branches)) for (const b of branches) out.push(...step(b as JsonSchema, seg, root));
  }
  for (const key of ['then', 'else'] as const) {
    const branch = x[key];
    if (branch && typeof branch === 'object') out.push(...step(branch as JsonSchema, seg, root));
  }
  if (seg === '*' || isIndex(seg)) {
    const prefix = x['prefixItems'];
    if (Array.isArray(prefix) && isIndex(seg) && prefix[Number(seg)]) out.push(prefix[Number(seg)] as JsonSchema);
    else if (x['items'] && typeof x['items'] === 'object') out.push(x['items'] as JsonSchema);
    return out;
  }
  const props = x['properties'] as Record<string, JsonSchema> | undefined;
  if (props && props[seg]) out.push(props[seg]);
  else if (x['additionalProperties'] && typeof x['additionalProperties'] === 'object') out.push(x['additionalProperties'] as JsonSchema);
  return out;
}

/** Does `path` exist in `schema`? (Open schemas — no properties listed — accept anything.) */
export function pathExists(schema: JsonSchema, path: string[]): boolean {
  let cur: JsonSchema[] = [schema];
  for (const seg of path) {
    const next: JsonSchema[] = [];
    for (const s of cur) next.push(...step(s, seg, schema));
    if (next.length === 0) return false;
    cur = next;
  }
  return true;
}

/** Required leaf paths of a schema (arrays as `*`). */
export function requiredPaths(schema: JsonSchema, root: JsonSchema = schema, prefix: string[] = [], depth = 0): string[][] {
  if (depth > 12) return [];
  const s = deref(schema, root);
  const out: string[][] = [];
  const props = (s['properties'] ?? {}) as Record<string, JsonSchema>;
  const req = Array.isArray(s['required']) ? (s['required'] as string[]) : [];
  for (const k of req) {
    const sub = props[k];
    const p = [...prefix, k];
    if (!sub) { out.push(p); continue; }
    const d = deref(sub, root);
    const inner = d['type'] === 'array' && d['items'] ? requiredPaths(d['items'] as JsonSchema, root, [...p, '*'], depth + 1) : requiredPaths(d, root, p, depth + 1);
    if (inner.length) out.push(...inner);
    else out.push(p);
  }
  return out;
}

const segEq = (req: string, used: string): boolean => req === used || (req === '*' && (used === '*' || isIndex(used)));

function covered(req: string[], used: UsedPath[]): boolean {
  return used.some((u) => u.path.length >= req.length && req.every((seg, i) => segEq(seg, u.path[i] as string)));
}

export interface ContractInput {
  name: string;
  source: string;
  /** Schema of the form (`form.*` paths); absent for documents that read only the package. */
  formSchema?: JsonSchema;
  /** Envelope schema: `servant`, `period`, `session`, `package`. */
  packageSchema?: JsonSchema;
}

/** `asPublished` is true when the form is a part of the approval order, which reproduces the published act. */
const METHODOLOGY_FIELDS = new Set(['id', 'title', 'asPublished']);

export function checkContract(input: ContractInput): ContractProblem[] {
  const problems: ContractProblem[] = [];
  let used: UsedPath[];
  try {
    used = templatePaths(input.source, input.name);
  } catch (e) {
    return [{ template: input.name, kind: 'template-error', message: e instanceof TemplateError ? e.text : W.templateError((e as Error).message) }];
  }
  for (const u of used) {
    const [root, ...rest] = u.path;
    const where = { template: input.name, line: u.line, column: u.column };
    const shown = u.path.join('.');
    if (root === undefined) continue;
    if (root === 'methodology') {
      if (rest.length !== 1 || !METHODOLOGY_FIELDS.has(rest[0] as string)) problems.push({ ...where, kind: 'unknown-path', message: W.methodologyFields(shown) });
      continue;
    }
    if (root === 'form') {
      if (!input.formSchema) { problems.push({ ...where, kind: 'no-schema', message: W.noFormSchema(shown) }); continue; }
      if (!pathExists(input.formSchema, rest)) problems.push({ ...where, kind: 'unknown-path', message: W.notInForm(shown) });
      continue;
    }
    if (root === 'servant' || root === 'period' || root === 'session' || root === 'package') {
      if (!input.packageSchema) { problems.push({ ...where, kind: 'no-schema', message: W.noPackageSchema(shown) }); continue; }
      const p = root === 'package' ? rest : u.path;
      if (!pathExists(input.packageSchema, p)) problems.push({ ...where, kind: 'unknown-path', message: W.notInPackage(shown) });
      continue;
    }
    problems.push({ ...where, kind: 'unknown-path', message: W.unknownRoot(shown) });
  }
  if (input.formSchema) {
    const formUsed = used.filter((u) => u.path[0] === 'form').map((u) => ({ ...u, path: u.path.slice(1) }));
    for (const req of requiredPaths(input.formSchema)) {
      if (!covered(req, formUsed)) problems.push({ template: input.name, kind: 'required-missing', message: W.requiredMissing(`form.${req.join('.')}`) });
    }
  }
  return problems;
}
