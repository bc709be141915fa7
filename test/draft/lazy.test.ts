/**
 * Issue 9 (speed): `bagalau draft check` loads what checking needs and nothing else. Started with
 * the module-loading hook of test/cli: a draft the linear reader reads loads neither micromark nor
 * the Word reader (saxes) nor the renderer nor the other methodology packs; a draft with a link
 * loads micromark, a Word file the Word reader, SARIF output the packs (for rule descriptions).
 * Nor the check engine: no schema validators (ajv, TypeBox, the generated ones), no YAML reader, no
 * pack but the model's (asa-b-model and the order it is an annex of). The same holds for the bundle
 * users run: the chunks `draft check` loads hold none of these.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleLog } from '../cli/module-log.js';
import { tempDir } from '../temp.js';
import { buildIfStale } from '../built.js';

const CLI = 'dist/src/cli/main.js';
const modules = moduleLog();
afterAll(() => modules.dispose());
// the draft CLI must be current (tsc emits even when another area fails to type-check); rebuilt only when stale
beforeAll(buildIfStale, 120_000);

const loaded = (...args: string[]): string[] => modules.run(CLI, args, { TZ: 'Asia/Almaty' }).urls;
const pkg = (name: string) => (url: string) => url.includes(`/node_modules/${name}/`);
const own = (path: string) => (url: string) => url.includes(`/dist/src/${path}`);
const MICROMARK = [pkg('micromark'), pkg('remark-parse'), pkg('unified'), own('draft/micromark-reader')];
const OTHERS = [pkg('saxes'), own('render/'), pkg('docx'), pkg('pdf-lib'), own('acts/mic-2018/'), own('acts/sjc-apparatus/'), own('acts/index')];
/** The check engine and its schema validators, YAML, and every pack but the model's. */
const CHECKER = [own('check/'), pkg('ajv'), pkg('typebox'), pkg('yaml'), own('serve/'), (u: string) => /\/dist\/src\/acts\/(?!asa-b-model\/|asa-order-13\/|pack\.js|shapes\.js)/.test(u)];
const any = (urls: string[], groups: Array<(u: string) => boolean>) => urls.filter((u) => groups.some((g) => g(u)));

describe('draft check loads only what it uses', () => {
  it('a published act (imported and read by the linear reader): no micromark, no Word reader, no renderer, no other pack', () => {
    const urls = loaded('draft', 'check', 'samples/drafts/published/004_c35c6965a291465c.txt', '--date', '2026-01-15');
    expect(urls.some(own('draft/check-core'))).toBe(true);
    expect(any(urls, [...MICROMARK, ...OTHERS, ...CHECKER])).toEqual([]);
    // The hook does see packs: the model's own is loaded (its provisions are the parameters).
    expect(urls.some(own('acts/asa-b-model/params'))).toBe(true);
  });
  it('the check of the same file does load the check engine (the guard can see it)', () => {
    expect(any(loaded('check', 'samples/mic-2018/valid.yaml', '--today', '2026-11-22', '--format', 'json'), CHECKER).length).toBeGreaterThan(0);
  });
  it('a draft with a link loads micromark (and is checked)', () => {
    const dir = tempDir('bagalau-lazy-');
    writeFileSync(join(dir, 'link.md'), '# Бұйрық\n\n1. Мәтін [сілтеме](http://x).\n');
    const urls = loaded('draft', 'check', join(dir, 'link.md'), '--no-model', '--format', 'json');
    expect(any(urls, MICROMARK).length).toBeGreaterThan(0);
  });
});

describe('the bundle users run: draft check loads only draft chunks', () => {
  const BUNDLE = 'dist/bundle/main.js';
  /** Source files the loaded chunks hold (esbuild marks each with a `// path` line). */
  const sourcesLoadedBy = (...args: string[]): string[] => {
    const { result, urls } = modules.run(BUNDLE, args, { TZ: 'Asia/Almaty' });
    expect(result.status === 0 || result.status === 1, result.stderr).toBe(true);
    const text = urls.filter((u) => u.includes('/dist/bundle/') && u.endsWith('.js')).map((u) => readFileSync(new URL(u), 'utf8')).join('\n');
    return [...text.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)/gm)].map((m) => m[1] as string);
  };
  const forbidden = (src: string): boolean =>
    /^src\/(?:render|check|serve)\//.test(src) || /^node_modules\/(?:ajv|typebox|yaml|pdf-lib|docx|@pdf-lib|micromark|@xmldom|saxes)\//.test(src) ||
    (/^src\/acts\//.test(src) && !/^src\/acts\/(?:asa-b-model|asa-order-13)\//.test(src) && src !== 'src/acts/pack.ts' && src !== 'src/acts/shapes.ts');

  it('a published act: draft engine and the model pack, nothing of the checker, the renderer or other packs', () => {
    const sources = sourcesLoadedBy('draft', 'check', 'samples/drafts/published/004_c35c6965a291465c.txt', '--date', '2026-01-15');
    expect(sources).toContain('src/draft/check-core.ts');
    expect(sources).toContain('src/acts/asa-b-model/params.ts');
    expect(sources.filter(forbidden)).toEqual([]);
  });
  it('the guard sees the checker where it is loaded (check of one file)', () => {
    expect(sourcesLoadedBy('check', 'samples/mic-2018/valid.yaml', '--today', '2026-11-22').filter(forbidden).length).toBeGreaterThan(0);
  });
});
