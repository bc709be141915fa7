/**
 * The JSON Schema files we publish under schemas/<id>/: one per appendix form, the package
 * envelope and the session file, each with `$schema` (2020-12) and `$id` so an editor can
 * offer completion. Generated from the packs, so schemas and TypeScript types cannot drift.
 */
import { PACKS } from './index.js';
import { packageSchema, schemaId, sessionSchema } from './envelope.js';
import { formatDoc } from './format-doc.js';

export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Path (relative to the repo) → file text: the schemas and the format reference generated from them. */
export function schemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const put = (packId: string, name: string, schema: object) => {
    const { $id: _drop, ...rest } = schema as { $id?: string };
    const doc = { $schema: DIALECT, $id: schemaId(packId, name), ...rest };
    files.set(`schemas/${packId}/${name}.schema.json`, JSON.stringify(doc, null, 2) + '\n');
  };
  for (const pack of PACKS) {
    put(pack.id, 'package', packageSchema(pack));
    const s = sessionSchema(pack);
    if (s) put(pack.id, 'session', s);
    for (const [key, schema] of Object.entries(pack.forms)) put(pack.id, key, schema);
    files.set(`docs/format/${pack.id}.md`, formatDoc(pack));
  }
  return files;
}
