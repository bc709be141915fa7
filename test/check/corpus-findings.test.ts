/**
 * The check's speed work (issue 14) must not change a single finding. The bench's corpus (bench/corpus.ts: every
 * bundled package, valid ones and every case, cycled and varied servant by servant) is checked in one batch, as the
 * bench and `bagalau check` do, and every result — findings with their messages, facts, cites, fields and places,
 * and who was evaluated — is compared:
 * - against each package checked alone, in a batch of its own: nothing a batch or a pack's plan keeps from one
 *   package (values read, dates resolved, rule preconditions) may reach the next;
 * - against a digest recorded from the code before the speed work (main a3fed43, 07.12.2026), per bundled package.
 *   A change that means to change findings (a message reworded, a case added) records it again:
 *   `BAGALAU_RECORD_FINDINGS=1 npx vitest run test/check/corpus-findings.test.ts` writes
 *   test/check/corpus-findings.json; the diff of that file shows which packages' findings moved.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledSamples, corpus } from '../../bench/corpus.js';
import { newBatch } from '../../src/check/batch.js';
import { checkDocument, type FileResult } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';

const RECORD = new URL('./corpus-findings.json', import.meta.url);
const calendar = createCalendar();
const today = '2026-11-22';
const samples = bundledSamples();
const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);
/** A bundled package by its methodology and its content's digest: a case added or removed moves no other's key. */
const keys = samples.map((s) => `${s.methodology} ${hash(JSON.stringify(s.data))}`);
const label = (i: number): string => keys[i % samples.length]!;

const check = (data: unknown, batch = newBatch()): FileResult => checkDocument({ file: 'bench', data, findings: [] }, { today, calendar, batch });

describe("the bench corpus's findings", () => {
  // three rounds of the samples: each package is checked after packages of every pack, itself included
  const pkgs = corpus(samples.length * 3, samples);
  const batch = newBatch();
  const inBatch = pkgs.map((p) => check(p.data, batch));

  it('are the same in one batch as each package checked alone', () => {
    expect(inBatch.filter((r) => r.findings.some((f) => f.severity === 'error')).length).toBeGreaterThan(100);
    for (let i = 0; i < pkgs.length; i++) {
      const alone = check(structuredClone(pkgs[i]!.data));
      expect(JSON.stringify(inBatch[i]), label(i)).toBe(JSON.stringify(alone));
    }
  });

  it('are those the code before the speed work gave', () => {
    // the samples as they are (the corpus gives each package a unit name of its own), in one batch
    const own = newBatch();
    const now: Record<string, string> = {};
    for (let i = 0; i < samples.length; i++) now[label(i)] = hash(JSON.stringify(check(structuredClone(samples[i]!.data), own)));
    if (process.env['BAGALAU_RECORD_FINDINGS']) writeFileSync(RECORD, `${JSON.stringify(now, null, 1)}\n`);
    expect(existsSync(RECORD)).toBe(true);
    const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, string>;
    const moved = Object.keys(now).filter((k) => now[k] !== recorded[k]);
    expect(moved, 'packages whose findings differ from the recorded ones').toEqual([]);
  });
});
