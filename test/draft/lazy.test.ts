/**
 * Issue 9 (speed): `bagalau draft check` loads what checking needs and nothing else. Started with
 * the module-loading hook of test/cli: a draft the linear reader reads loads neither micromark nor
 * the Word reader (saxes) nor the renderer nor the other methodology packs; a draft with a link
 * loads micromark, a Word file the Word reader, SARIF output the packs (for rule descriptions).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleLog } from '../cli/module-log.js';

const CLI = 'dist/src/cli/main.js';
const modules = moduleLog();
afterAll(() => modules.dispose());
beforeAll(() => {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
}, 120_000);

const loaded = (...args: string[]): string[] => modules.run(CLI, args, { TZ: 'Asia/Almaty' }).urls;
const pkg = (name: string) => (url: string) => url.includes(`/node_modules/${name}/`);
const own = (path: string) => (url: string) => url.includes(`/dist/src/${path}`);
const MICROMARK = [pkg('micromark'), pkg('remark-parse'), pkg('unified'), own('draft/micromark-reader')];
const OTHERS = [pkg('saxes'), own('render/'), pkg('docx'), pkg('pdf-lib'), own('acts/mic-2018/'), own('acts/sjc-apparatus/'), own('acts/index')];
const any = (urls: string[], groups: Array<(u: string) => boolean>) => urls.filter((u) => groups.some((g) => g(u)));

describe('draft check loads only what it uses', () => {
  it('a published act (imported and read by the linear reader): no micromark, no Word reader, no renderer, no other pack', () => {
    const urls = loaded('draft', 'check', 'samples/drafts/published/004_c35c6965a291465c.txt', '--date', '2026-01-15');
    expect(urls.some(own('draft/check-core'))).toBe(true);
    expect(any(urls, [...MICROMARK, ...OTHERS])).toEqual([]);
  });
  it('a draft with a link loads micromark (and is checked)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-lazy-'));
    writeFileSync(join(dir, 'link.md'), '# Бұйрық\n\n1. Мәтін [сілтеме](http://x).\n');
    const urls = loaded('draft', 'check', join(dir, 'link.md'), '--no-model', '--format', 'json');
    expect(any(urls, MICROMARK).length).toBeGreaterThan(0);
  });
});
