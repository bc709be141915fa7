/**
 * A session file's own check, as the page runs it while the session is edited (src/serve/page-engine.ts
 * `checkSession`): the findings `bagalau check` gives in that file when a valid package refers to it — same rule,
 * pointer and line:column in the text the page saves — and none for a valid session.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkSession, packageText } from '../../src/serve/page-engine.js';
import { cliFindings } from './cli-check.js';

const FILE = 'sessions/q1.yaml';

describe('checkSession', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bagalau-session-engine-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const valid = parseYaml(readFileSync('samples/asa-b-model/sessions/2026-q1.yaml', 'utf8')) as { members: Record<string, unknown>[] };

  it('gives nothing for a valid session', () => {
    expect(checkSession(valid, FILE, 'asa-b-model')).toEqual([]);
  });

  it('gives what `bagalau check` gives in the session file, as the page saves it', () => {
    const broken = { ...valid, members: [{ ...valid.members[0], role: 'boss' }, { present: true }, ...valid.members.slice(2)] };
    const own = checkSession(broken, FILE, 'asa-b-model');
    expect(own.length).toBeGreaterThan(1);
    for (const f of own) expect(f.file).toBe(FILE);
    mkdirSync(join(dir, 'sessions'));
    writeFileSync(join(dir, FILE), packageText(FILE, broken));
    writeFileSync(join(dir, 'x.yaml'), readFileSync('samples/asa-b-model/valid.yaml', 'utf8').replace('ref: sessions/2026-q1.yaml', `ref: ${FILE}`));
    const cli = cliFindings(join(dir, 'x.yaml'), 'x.yaml').filter((f) => f.file);
    const key = (f: { ruleId: string; path: string; place?: unknown }) => `${f.ruleId} ${f.path} ${JSON.stringify(f.place)}`;
    expect(own.map(key).sort()).toEqual(cli.map(key).sort());
  });

  it('gives nothing of a schema for a methodology the page does not hold', () => {
    expect(checkSession(valid, FILE, 'no-such-pack')).toEqual([]);
  });
});
