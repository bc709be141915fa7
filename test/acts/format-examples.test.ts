/**
 * Issue 13, class 7: each pack's format page answers the "how to record" questions with examples. The
 * examples are checked against the pack's package schema: every YAML block under «How to record…»
 * parses, and every key it writes is a field the schema knows (so an example cannot drift from the
 * format it documents); the sections a pack's features call for are all there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKS } from '../../src/acts/index.js';
import { packageSchema, sessionSchema } from '../../src/acts/envelope.js';

/** Every property name a schema (and its sub-schemas) knows. */
function names(s: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(s)) for (const x of s) names(x, out);
  else if (s && typeof s === 'object') {
    const o = s as Record<string, unknown>;
    if (o['properties'] && typeof o['properties'] === 'object') for (const k of Object.keys(o['properties'] as object)) out.add(k);
    for (const v of Object.values(o)) names(v, out);
  }
  return out;
}

/** Every key written in a YAML value. */
function keys(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) keys(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.push(k), keys(x, out));
  return out;
}

for (const pack of PACKS) {
  describe(`${pack.id}: the «How to record» examples`, () => {
    const page = readFileSync(`docs/format/${pack.id}.md`, 'utf8');
    const at = page.indexOf('## How to record');
    const section = at < 0 ? '' : page.slice(at).split(/\n## (?!How to record)/)[0]!;
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const known = names([packageSchema(pack), sessionSchema(pack)]);

    it('answer the questions the pack\'s features raise', () => {
      const want: string[] = [];
      if (pack.rules.some((r) => r.id.endsWith('/competencies'))) want.push('**Indicators not observed');
      if (pack.session) want.push('**«for» and «against» in a vote**');
      if (pack.events.some((e) => e.type === 'familiarisation-refused')) want.push('**A refusal to be acquainted**');
      for (const w of want) expect(section, w).toContain(w);
      if (want.length > 0) expect(blocks.length).toBeGreaterThanOrEqual(want.length);
    });
    it('parse, and write only fields the package or session schema has', () => {
      const unknown: string[] = [];
      for (const b of blocks) for (const k of keys(parse(b))) if (!known.has(k)) unknown.push(k);
      expect(unknown).toEqual([]);
    });
  });
}
