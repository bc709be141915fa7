/**
 * Where the page writes a new session of a package, and whether the check of that package alone finds a session file:
 * the page's own reading (src/serve/file-name.ts) held against what `bagalau check FILE` and `bagalau check <workspace>`
 * actually do, on a workspace of packages at the top, one and two folders deep.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { proposedSessionName, sessionFoundAlone, sessionsFolderFor, typedSessionName } from '../../src/serve/file-name.js';
import { cliFindings } from './cli-check.js';

describe('the sessions/ folder of a new session', () => {
  it('is the one beside the package\'s folder: the top one for a package at the top or one folder deep', () => {
    expect(sessionsFolderFor('x.yaml')).toBe('sessions/');
    expect(sessionsFolderFor('hr/x.yaml')).toBe('sessions/');
    expect(sessionsFolderFor('a/b/x.yaml')).toBe('a/sessions/');
    expect(sessionsFolderFor('a/b/c/x.yaml')).toBe('a/b/sessions/');
    expect(proposedSessionName({ kind: 'калибрлеу сессиясы', date: '2026-04-24' }, 'a/b/x.yaml')).toBe('a/sessions/калибрлеу-сессиясы-2026-04-24.yaml');
    expect(typedSessionName('комиссия-1', 'a/b/x.yaml')).toBe('a/sessions/комиссия-1.yaml');
    // a sessions/ folder the officer typed is kept as typed
    expect(typedSessionName('sessions/q1', 'a/b/x.yaml')).toBe('sessions/q1.yaml');
  });
});

describe('a session found by the check of the package alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bagalau-place-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const session = readFileSync('samples/asa-b-model/sessions/2026-q1.yaml');
  const valid = readFileSync('samples/asa-b-model/valid.yaml', 'utf8');
  /** Whether `bagalau check TARGET` read the session the package `pkg` refers to. */
  const reads = (target: string, pkg: string): boolean => !cliFindings(target, pkg).some((f) => f.ruleId === 'input-session');
  const cases: [string, string][] = [
    ['x.yaml', 'sessions/s.yaml'],
    ['hr/x.yaml', 'sessions/s.yaml'],
    ['a/b/x.yaml', 'sessions/s.yaml'],
    ['a/b/x.yaml', 'a/sessions/s.yaml'],
    ['a/b/x.yaml', 'a/b/sessions/s.yaml'],
    ['a/b/x.yaml', 'c/sessions/s.yaml'],
    ['a/b/c/x.yaml', 'a/sessions/s.yaml'],
    ['a/b/c/x.yaml', 'a/b/sessions/s.yaml'],
  ];
  it.each(cases)('%s referring to %s: as `bagalau check` of the file alone says; the workspace\'s check always reads it', (pkg, file) => {
    const ws = mkdtempSync(join(dir, 'ws-'));
    for (const [f, text] of [[pkg, valid.replace('ref: sessions/2026-q1.yaml', `ref: ${posix.relative(posix.dirname(pkg), file)}`)], [file, session]] as const) {
      mkdirSync(join(ws, f, '..'), { recursive: true });
      writeFileSync(join(ws, f), text);
    }
    expect(reads(join(ws, pkg), pkg)).toBe(sessionFoundAlone(pkg, file));
    expect(reads(ws, pkg)).toBe(true);
    // where the page writes a new session of this package, the check of the file alone finds it
    expect(sessionFoundAlone(pkg, `${sessionsFolderFor(pkg)}s.yaml`)).toBe(true);
  });
});
