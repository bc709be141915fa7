/**
 * A package skeleton from a methodology's package schema: every required field present, empty where the
 * officer has to write it, with the schema's Kazakh title and English description as a comment above it
 * and the act's choices listed for an enum. Nothing is invented: a value the schema fixes (`const`) is
 * written, anything else is left empty (a string '', a number or choice null) so `bagalau check` names
 * every field still to fill. Pure: schema in, YAML text or data out.
 */
import { Document, isMap, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  [k: string]: unknown;
}

/** The value a required field starts with; a list gets its minimum of rows, and at least `rows` (each row's required fields shown). */
export function emptyValue(schema: JsonSchema, rows = 0): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return null;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        const sub = schema.properties?.[key];
        if (sub) out[key] = emptyValue(sub, rows);
      }
      return out;
    }
    case 'array': {
      const n = Math.max(schema.minItems ?? 0, schema.items ? rows : 0);
      return Array.from({ length: n }, () => (schema.items ? emptyValue(schema.items, rows) : null));
    }
    case 'string':
      return '';
    case 'boolean':
      return null;
    default:
      return null;
  }
}

/** Data of a new package: required fields empty, the constants set, plus what the caller already knows. */
export function skeletonData(schema: JsonSchema, known: { servant?: Record<string, unknown>; period?: { from: string; to: string }; forms?: string[]; rows?: number } = {}): Record<string, unknown> {
  const data = emptyValue(schema) as Record<string, unknown>;
  if (schema.properties?.['bagalau']?.const !== undefined) data['bagalau'] = schema.properties['bagalau'].const;
  const servant = { ...(data['servant'] as Record<string, unknown>) };
  for (const [k, v] of Object.entries(known.servant ?? {})) if (v !== undefined && v !== '') servant[k] = v;
  data['servant'] = servant;
  if (known.period) data['period'] = { ...known.period };
  const formsSchema = schema.properties?.['forms'];
  const forms: Record<string, unknown> = {};
  for (const key of known.forms ?? []) {
    const fs = formsSchema?.properties?.[key];
    if (fs) forms[key] = emptyValue(fs, known.rows ?? 0);
  }
  data['forms'] = forms;
  if (schema.properties?.['events']) data['events'] = [];
  return data;
}

const comment = (s: JsonSchema | undefined, source?: string): string | undefined => {
  if (!s) return undefined;
  const lines: string[] = [];
  const head = [s.title, s.description].filter(Boolean).join(' — ');
  if (head || source) lines.push(` ${[head, source && `[${source}]`].filter(Boolean).join(' ')}`);
  if (s.enum) lines.push(...s.enum.map((v) => `   · ${String(v)}`));
  else if (s.format === 'date') lines.push(' YYYY-MM-DD');
  return lines.length ? lines.join('\n') : undefined;
};

/**
 * Where a node comes from in the act, by its path of keys (`forms.managerialSheet`): `here` on the node
 * itself (the appendix, its title and clause), `below` on every field under it (the appendix, briefly).
 */
export type Sources = Record<string, { here: string; below: string }>;

function annotate(node: Node | null | undefined, schema: JsonSchema | undefined, sources: Sources, at: string, source?: string): void {
  if (!node || !schema) return;
  if (isMap(node)) {
    for (const pair of (node as YAMLMap).items as Pair<Node, Node>[]) {
      const key = String((pair.key as unknown as { value?: unknown })?.value ?? '');
      const sub = schema.properties?.[key];
      const path = at ? `${at}.${key}` : key;
      const c = comment(sub, sources[path]?.here ?? source);
      if (c && pair.key) (pair.key as Node).commentBefore = c;
      annotate(pair.value, sub, sources, path, sources[path]?.below ?? source);
    }
  } else if (isSeq(node)) {
    for (const item of (node as YAMLSeq).items as Node[]) annotate(item, schema.items, sources, `${at}[]`, source);
  }
}

/**
 * The skeleton as annotated YAML: each field under its Kazakh title and English description, and, where
 * `sources` says so (a form: its appendix and clause), the act's place it comes from.
 */
export function skeletonYaml(schema: JsonSchema, data: Record<string, unknown>, header: string[] = [], sources: Sources = {}): string {
  const doc = new Document(data);
  annotate(doc.contents, schema, sources, '');
  const top = [` yaml-language-server: $schema=${String((schema as { $id?: string }).$id ?? '')}`, ...header.map((h) => ` ${h}`)];
  doc.commentBefore = top.join('\n');
  return doc.toString({ lineWidth: 0 });
}
