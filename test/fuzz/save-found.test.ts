/**
 * A found input is saved with its meta; a found folder that is gone gives the reason, not a crash that ends the
 * campaign before its counts (CI once logged ENOENT from this write).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveFound } from '../../fuzz/main.js';
import { tempDir } from '../temp.js';

describe('saving a minimised input', () => {
  it('writes the input and its meta beside it', () => {
    const dir = tempDir('bagalau-found-');
    expect(saveFound(dir, 'render-exception-abc.yaml', Buffer.from('a: 1\n'), { kind: 'exception' })).toBeUndefined();
    expect(readFileSync(join(dir, 'render-exception-abc.yaml'), 'utf8')).toBe('a: 1\n');
    expect(JSON.parse(readFileSync(join(dir, 'render-exception-abc.meta.json'), 'utf8'))).toEqual({ kind: 'exception' });
  });
  it('says why when the folder is gone, and writes nothing', () => {
    const dir = tempDir('bagalau-found-');
    rmSync(dir, { recursive: true });
    expect(saveFound(dir, 'render-exception-abc.yaml', Buffer.from(''), {})).toBe('ENOENT');
    expect(existsSync(dir)).toBe(false);
  });
});
