/**
 * The lazy registry (src/acts/registry.ts): a pack's card is read from the very modules the pack is built from, so
 * what a blank form shows of a pack (its act, validity, wordings, appendices) is what the loaded pack holds; a pack
 * is loaded on first ask, and an engine that looks up a pack nobody loaded is told so instead of calling it unknown.
 */
import { describe, expect, it, vi } from 'vitest';

describe('the pack registry', () => {
  it('holds the packs ./index.ts holds, in its order, each card the loaded pack\'s own parts', async () => {
    vi.resetModules();
    const registry = await import('../../src/acts/registry.js');
    const { packCard, PACK_CARDS } = await import('../../src/acts/cards.js');
    const { PACKS } = await import('../../src/acts/index.js');
    expect(registry.PACK_IDS).toEqual(PACKS.map((p) => p.id));
    expect(PACK_CARDS.map((c) => c.id)).toEqual(registry.PACK_IDS);
    for (const id of registry.PACK_IDS) {
      const pack = await registry.loadPack(id);
      expect(pack, id).toBe(PACKS.find((p) => p.id === id));
      const card = packCard(id)!;
      for (const k of ['act', 'validity', 'wordings', 'pending', 'appendices'] as const) expect(card[k], `${id} ${k}`).toBe(pack![k]);
      expect(registry.loadedPack(id)).toBe(pack);
      expect(registry.isBundledPack(pack!)).toBe(true);
      expect(registry.isBundledPack({ ...pack! })).toBe(false);
    }
  });

  it('loads the packs only when one is asked for; a pack asked for before it is loaded throws, an unknown id is undefined', async () => {
    vi.resetModules();
    const registry = await import('../../src/acts/registry.js');
    expect(() => registry.loadedPack('sjc-apparatus')).toThrow(/before it is loaded/);
    expect(registry.loadedPack('no-such-pack')).toBeUndefined();
    expect(await registry.loadPack('no-such-pack')).toBeUndefined();
    expect(() => registry.loadedPack('sjc-apparatus')).toThrow(/before it is loaded/);
    const sjc = await registry.loadPack('sjc-apparatus');
    expect(sjc?.id).toBe('sjc-apparatus');
    expect(registry.loadedPack('sjc-apparatus')).toBe(sjc);
  });
});
