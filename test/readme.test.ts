/** The README's package example is a real package: it parses and passes its methodology's schema. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// the bundled packs, which checkDocument looks up once loaded (a command loads the one its package names)
import '../src/acts/index.js';
import { checkDocument } from '../src/check/run.js';
import { createCalendar } from '../src/law/calendar/index.js';
import { sessionLoader } from '../src/package/load.js';

describe('README', () => {
  it('the package format example passes the schema and the session it names is found', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## The package format'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block, 'a yaml block under «The package format»').toBeDefined();
    const data = parse(block!);
    // the session ref is relative to the package: place the example beside the mic-2018 samples
    const r = checkDocument({ file: 'samples/mic-2018/readme-example.yaml', data, findings: [] }, { today: '2026-11-22', calendar: createCalendar(), loadSession: sessionLoader() });
    expect(r.methodology).toBe('mic-2018');
    expect(r.findings.filter((f) => ['schema', 'input', 'input-session', 'internal', 'rules-not-run'].includes(f.ruleId))).toEqual([]);
  });
});
