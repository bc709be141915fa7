/**
 * `checkFiles` of the library spreads a large folder over worker threads as `bagalau check` does: the same results,
 * in the same order, as one thread gives — also for a reader that takes its results slowly (the workers wait for it
 * instead of piling answers up) — and a file that is no package or does not parse is its own result, as in one thread.
 * Run on the built library (the bundle, which package.json exports, and the modules) in a child process: the workers
 * are the build's check-worker module.
 */
import { cpSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleLog } from '../cli/module-log.js';
import { tempDir } from '../temp.js';

const dir = tempDir('bagalau-check-files-');
const folder = join(dir, 'folder');
const modules = moduleLog();
afterAll(() => modules.dispose());

// 100 copies of each methodology's samples (their session files beside them) — more than the 400 files from which
// the default is every core, and more than the 8 chunks of 64 files two workers may have answered ahead of their reader plus the 4 they may have in hand — a file that is no package, and one that does not parse.
const methodologies = readdirSync('samples').filter((d) => d !== 'drafts' && statSync(join('samples', d)).isDirectory());
for (let i = 0; i < 100; i++) for (const m of methodologies) cpSync(join('samples', m), join(folder, String(i).padStart(2, '0'), m), { recursive: true });
writeFileSync(join(folder, '00', 'notes.yaml'), 'title: минутки\n');
writeFileSync(join(folder, '20', 'broken.yaml'), 'methodology: mic-2018\nservant: [\n');

const program = join(dir, 'program.mjs');
writeFileSync(
  program,
  `const { checkFiles } = await import(process.argv[2]);
const jobs = Number(process.argv[3]);
const slow = process.argv[4] === 'slow';
const out = [];
for await (const r of checkFiles([process.argv[5]], { today: '2026-11-22', ...(jobs ? { jobs } : {}) })) {
  out.push(JSON.stringify(r));
  // a reader that stops at its first result long enough for the workers to answer all they may ahead of it
  if (slow && out.length === 1) await new Promise((ok) => setTimeout(ok, 4000));
}
process.stdout.write(out.join('\\n'));
`,
);
const run = (lib: string, jobs: number, slow = false) => {
  const { result, urls } = modules.run(program, [pathToFileURL(resolve(lib)).href, String(jobs), slow ? 'slow' : 'fast', folder]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return { lines: result.stdout.split('\n'), workers: urls.some((u) => u.endsWith('/check-worker.js')) };
};

describe('checkFiles over worker threads', () => {
  const one = run('dist/bundle/index.js', 1);

  it('one thread: every file is a result, the odd ones too', () => {
    expect(one.workers).toBe(false);
    expect(one.lines.length).toBeGreaterThan(12 * 64);
    const notes = one.lines.find((l) => l.includes('notes.yaml'));
    expect(notes).toContain('"ruleId":"input"');
    expect(one.lines.find((l) => l.includes('broken.yaml'))).toContain('"ruleId":"input"');
  });

  it('by default a folder this large is checked in workers, and gives what one thread gives (bundle)', () => {
    const many = run('dist/bundle/index.js', 0);
    expect(many.workers).toBe(true);
    expect(many.lines).toEqual(one.lines);
  });

  it('a slow reader gets every result in order (modules, two workers)', () => {
    const slow = run('dist/src/index.js', 2, true);
    expect(slow.workers).toBe(true);
    expect(slow.lines).toEqual(one.lines);
  });
});
