/**
 * The library as a user gets it: `npm pack`, the tarball installed in a separate project, the README's
 * API example type-checked there against the shipped `.d.ts` and run with Node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';

const repo = resolve('.');
const readmeExample = (): string => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## API'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('no ts block under «## API» in README.md');
  return block;
};

describe('the packed library', () => {
  it('the tarball holds the library, its types, templates and schemas, and no tests, samples or bench', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repo, encoding: 'utf8' });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files).toContain('dist/src/cli/main.js');
    expect(files.some((f) => f.startsWith('templates/mic-2018/'))).toBe(true);
    expect(files.filter((f) => /^(test|samples|bench|dist\/bench|dist\/scripts|src)\//.test(f))).toEqual([]);
  });

  it('a consumer project installs the tarball, type-checks and runs the README example', () => {
    const dir = tempDir('bagalau-consumer-');
    const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--json'], { cwd: repo, encoding: 'utf8' });
    const tgz = join(dir, JSON.parse(packed)[0].filename as string);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const install = spawnSync('npm', ['install', tgz, '@types/node@20.19', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    writeFileSync(join(dir, 'example.ts'), readmeExample());
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2023', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: ['node'], outDir: 'out', skipLibCheck: false }, files: ['example.ts'] }),
    );
    const tsc = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    // run from the repository root, so that the example's sample path is found; `bagalau` resolves from the consumer
    const run = spawnSync(process.execPath, [join(dir, 'out/example.js')], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Иванов И. true');
    expect(lines[1]).toBe('samples/mic-2018/valid.yaml Медиа саясаты департаменті 0');
    expect(lines[2]).toMatch(/^1 (\S+ )*mic-2018( \S+)* \d{3}$/);
    expect(lines[3]).toMatch(/^mic-2018\.\S+\.blank\.docx \d{4,}$/);
    expect(lines[4]).toBe('true');
  });
});
