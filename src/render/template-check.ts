/**
 * The template ↔ schema contract: every data path a template reads must exist in the JSON Schema of
 * its form (or of the package envelope, for `servant`, `period`, `session`, `package`), and every
 * field the form's schema requires must appear in the template. Pure: schemas and sources come in.
 */
// the contract reads every template's syntax tree: Handlebars' compiler is always needed here
import './template-compiler.js';
import { templatePaths } from './template-paths.js';
import type { UsedPath } from './template-paths.js';

export type JsonSchema = Record<string, unknown>;

export interface ContractProblem {
  template: string;
  line?: number;
  column?: number;
  kind: 'unknown-path' | 'required-missing' | 'no-schema' | 'template-error';
  message: string;
}

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
    return [{ template: input.name, kind: 'template-error', message: (e as Error).message }];
  }
  for (const u of used) {
    const [root, ...rest] = u.path;
    const where = { template: input.name, line: u.line, column: u.column };
    const shown = u.path.join('.');
    if (root === undefined) continue;
    if (root === 'methodology') {
      if (rest.length !== 1 || !METHODOLOGY_FIELDS.has(rest[0] as string)) problems.push({ ...where, kind: 'unknown-path', message: `${shown}: methodology has only id, title and asPublished` });
      continue;
    }
    if (root === 'form') {
      if (!input.formSchema) { problems.push({ ...where, kind: 'no-schema', message: `${shown}: no form schema to check against` }); continue; }
      if (!pathExists(input.formSchema, rest)) problems.push({ ...where, kind: 'unknown-path', message: `${shown} is not in the form's schema` });
      continue;
    }
    if (root === 'servant' || root === 'period' || root === 'session' || root === 'package') {
      if (!input.packageSchema) { problems.push({ ...where, kind: 'no-schema', message: `${shown}: no package schema to check against` }); continue; }
      const p = root === 'package' ? rest : u.path;
      if (!pathExists(input.packageSchema, p)) problems.push({ ...where, kind: 'unknown-path', message: `${shown} is not in the package schema` });
      continue;
    }
    problems.push({ ...where, kind: 'unknown-path', message: `${shown}: a template reads only form, servant, period, session, package, methodology` });
  }
  if (input.formSchema) {
    const formUsed = used.filter((u) => u.path[0] === 'form').map((u) => ({ ...u, path: u.path.slice(1) }));
    for (const req of requiredPaths(input.formSchema)) {
      if (!covered(req, formUsed)) problems.push({ template: input.name, kind: 'required-missing', message: `required field form.${req.join('.')} does not appear in the template` });
    }
  }
  return problems;
}
