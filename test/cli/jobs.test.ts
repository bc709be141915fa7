/**
 * `bagalau check --jobs N`: worker threads give exactly the output of one thread (same results, same
 * order, same skipped lines), and a worker that cannot run loses no file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSamples } from '../../src/package/cases.js';
import { checkInWorkers, checkItem, checkOptions, jobsFor, PARALLEL_FROM, type CheckSpec, type Item } from '../../src/cli/check-source.js';
import { tempDir } from '../temp.js';

const CLI = 'dist/bundle/main.js';
const dir = tempDir('bagalau-jobs-');
// the samples (with their session files) plus a non-package, a broken file and an unknown methodology
writeSamples(join(dir, 'samples')); // samples/ and the package of every case (test/cases/)
writeFileSync(join(dir, 'samples', 'package.json'), '{"name": "not-a-package"}');
writeFileSync(join(dir, 'samples', 'broken.yaml'), 'methodology: [');
writeFileSync(join(dir, 'samples', 'unknown.json'), '{"methodology": "nope"}');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'check', join(dir, 'samples'), '--today', '2026-11-22', '--no-progress', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

describe('check in worker threads', () => {
  it.each([['json'], ['text']])('--format %s: --jobs 3 writes what --jobs 1 writes', (format) => {
    const one = run('--format', format, '--jobs', '1', '--lang', 'en');
    const three = run('--format', format, '--jobs', '3', '--lang', 'en');
    expect(one.status).toBe(2); // the broken file
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(one.stderr).toContain('package.json');
    expect({ status: three.status, stdout: three.stdout, stderr: three.stderr }).toEqual({ status: one.status, stdout: one.stdout, stderr: one.stderr });
  });

  it('a worker knows what the walk learnt: a link out of the folder is not followed, a name that is not UTF-8 is read', () => {
    // worker threads do not walk: before the fix a worker read the file a link pointed to outside the folder
    const odd = join(dir, 'odd');
    mkdirSync(join(odd, 'in'), { recursive: true });
    mkdirSync(join(odd, 'outside'));
    writeFileSync(join(odd, 'outside', 'secret.yaml'), 'methodology: asa-b-model\n');
    symlinkSync(join(odd, 'outside', 'secret.yaml'), join(odd, 'in', 'link.yaml'));
    copyFileSync('samples/asa-b-model/valid-session-inline.yaml', Buffer.concat([Buffer.from(join(odd, 'in') + '/'), Buffer.from([0xc0, 0xc1]), Buffer.from('.yaml')]));
    const check = (jobs: string) => spawnSync(process.execPath, [CLI, 'check', join(odd, 'in'), '--today', '2026-11-22', '--no-progress', '--format', 'json', '--lang', 'en', '--jobs', jobs], { encoding: 'utf8' });
    const one = check('1');
    const two = check('2');
    expect(one.stdout).toContain('A symbolic link to a file outside the folder');
    expect(one.stdout).toContain('The file name is not UTF-8');
    expect(one.stdout).not.toContain('File could not be read');
    expect(two.stdout).toEqual(one.stdout);
  });

  it('--jobs must be a whole number from 1, said in the user\'s language', () => {
    const r = run('--jobs', '0', '--lang', 'ru');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs должно быть целым числом от 1');
  });

  it('uses every core for a large folder only', () => {
    expect(jobsFor(undefined, PARALLEL_FROM - 1)).toBe(1);
    expect(jobsFor(undefined, PARALLEL_FROM)).toBe(Math.min(availableParallelism(), 8));
    expect(jobsFor(4, 2)).toBe(2);
  });

  it('a worker that cannot start loses no file: its files are checked in this thread', async () => {
    const files = ['samples/mic-2018/valid.yaml', 'samples/asa-b-model/valid.yaml', 'samples/sjc-apparatus/valid.yaml'];
    const spec: CheckSpec = { roots: ['samples'], sessions: [], calendar: [], lang: 'en', today: '2026-11-22' };
    const got: Item[] = [];
    for await (const item of checkInWorkers(files, spec, 2, new URL('file:///nonexistent/check-worker.js'))) got.push(item);
    const opts = await checkOptions(spec);
    expect(got).toEqual(await Promise.all(files.map((f) => checkItem(f, opts))));
  });
});
