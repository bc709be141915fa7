/**
 * A pack's rules are built when they are first read (src/acts/pack.ts `withRules`): loading every pack — what
 * `import 'bagalau'` does, its `check` being synchronous — builds no rule, and a check builds its own methodology's
 * only; whoever reads them first, the same rules are built once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withRules } from '../../src/acts/pack.js';
import type { Rule } from '../../src/rules/rule.js';

afterEach(() => {
  vi.doUnmock('../../src/acts/b-corps-2018/procedure.js');
  vi.resetModules();
});

describe('rules built on first read', () => {
  it('withRules builds once, on the first read, and the rules read as a plain field', () => {
    const build = vi.fn((): Rule[] => []);
    const pack = withRules({ id: 'x' }, build);
    expect(build).not.toHaveBeenCalled();
    const first = pack.rules;
    expect(pack.rules).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
    expect(Object.keys(pack)).toEqual(['id', 'rules']); // enumerable: a spread copy holds the rules
    expect({ ...pack }.rules).toBe(first);
  });

  it('a builder that fails fails where the rules are read, not where the pack is loaded', () => {
    const pack = withRules({ id: 'x' }, () => {
      throw new Error('broken rule');
    });
    expect(pack.id).toBe('x');
    expect(() => pack.rules).toThrow('broken rule');
  });

  it('loading every pack builds no rule of the 2018 family; reading one pack\'s rules builds that pack\'s only', async () => {
    vi.resetModules();
    const actual = await vi.importActual<typeof import('../../src/acts/b-corps-2018/procedure.js')>('../../src/acts/b-corps-2018/procedure.js');
    const built: string[] = [];
    vi.doMock('../../src/acts/b-corps-2018/procedure.js', () => ({
      ...actual,
      procedureRules: (...a: Parameters<typeof actual.procedureRules>) => {
        built.push(a[0].id);
        return actual.procedureRules(...a);
      },
    }));
    const { PACKS } = await import('../../src/acts/index.js');
    expect(PACKS.length).toBe(6);
    expect(built).toEqual([]);
    const mic = PACKS.find((p) => p.id === 'mic-2018')!;
    expect(mic.rules.length).toBeGreaterThan(20);
    expect(mic.rules).toBe(mic.rules);
    expect(built).toEqual(['mic-2018']);
  });
});
