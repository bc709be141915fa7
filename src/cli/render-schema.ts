/**
 * A package is rendered only when it is valid against its methodology's schema: an official form must not
 * carry a value the act does not allow. The first problems are named with their place; `bagalau check`
 * gives the full report. Loaded by `render` only when it meets a package (a blank form needs no validator).
 */
import { loadedPack } from '../acts/registry.js';
import { validators } from '../check/validators.js';
import { schemaFindings } from '../check/schema-findings.js';
import type { Lang } from '../law/finding.js';
import type { PlaceOf } from '../package/source-doc.js';
import { withGlosses } from '../report/enum-gloss.js';

/** The first five problems of `data` against the schema of methodology `id` (its pack loaded: `loadPack`); none for an id we do not hold. */
export function schemaProblems(data: unknown, id: unknown, placeOf?: PlaceOf, which: 'pkg' | 'session' = 'pkg', lang: Lang = 'en'): string[] {
  const pack = typeof id === 'string' ? loadedPack(id) : undefined;
  if (!pack) return [];
  const v = which === 'pkg' ? validators(pack).pkg : validators(pack).session;
  if (!v || v(data)) return [];
  return schemaFindings(v.errors, pack, which === 'session' ? '/session' : '').slice(0, 5).map((f) => {
    const place = placeOf?.(f.path);
    return `${place ? `${place.line}:${place.column} ` : ''}${f.path || '/'}: ${withGlosses(f.message[lang], lang)}`;
  });
}
