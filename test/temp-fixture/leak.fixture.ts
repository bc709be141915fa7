/**
 * Run by test/temp.test.ts in a vitest of its own: folders made with tempDir at each place a test file makes
 * them, which must all be gone by the end of the file, and one made with a bare mkdtempSync that nothing
 * removes, which the global teardown must name and remove.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';

const top = tempDir('bagalau-fixture-top-');
let hook = '';
beforeAll(() => {
  hook = tempDir('bagalau-fixture-hook-');
});

describe('folders made everywhere a test file makes them', () => {
  const inDescribe = tempDir('bagalau-fixture-describe-');
  it('are there while the file runs', () => {
    const inTest = tempDir('bagalau-fixture-test-');
    for (const dir of [top, hook, inDescribe, inTest]) writeFileSync(join(dir, 'f'), 'x');
    mkdtempSync(join(tmpdir(), 'bagalau-fixture-leak-'));
    expect(hook).not.toBe('');
  });
});
