/**
 * The engine's own finding ids (src/check/engine-rules.ts): every id the runner, its helpers
 * and the loaders emit is listed with its meaning (so `bagalau explain` knows it), and no
 * listed id is one nothing emits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_RULES } from '../../src/check/engine-rules.js';

const emitted = (): Set<string> => {
  const ids = new Set<string>();
  for (const dir of ['src/check', 'src/package', 'src/law']) {
    for (const f of readdirSync(dir, { recursive: true }) as string[]) {
      if (!f.endsWith('.ts')) continue;
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/ruleId: '([a-z-]+)'/g)) ids.add(m[1]!);
    }
  }
  return ids;
};

describe('engine rule ids', () => {
  it('every id the engine emits is explained, and every explained id is emitted', () => {
    const ids = emitted();
    expect(ids.size).toBeGreaterThan(10);
    expect([...ids].filter((id) => !(id in ENGINE_RULES))).toEqual([]);
    expect(Object.keys(ENGINE_RULES).filter((id) => !ids.has(id))).toEqual([]);
    for (const [id, e] of Object.entries(ENGINE_RULES)) for (const l of ['kk', 'ru', 'en'] as const) for (const text of [e.title, e.basis]) expect(text[l], `${id} ${l}`).not.toBe('');
  });
});
