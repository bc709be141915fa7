/** Dated values: "the rule on date D" is a lookup. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allValues, valueOn, type Provision } from '../../src/law/provision.js';

const p: Provision<number> = {
  value: 10,
  clause: 'cl. 26 pt. 2',
  quote: 'оныншы күнінен',
  dated: [
    { from: '2025-01-01', to: '2025-12-31', value: 15, clause: 'cl. 26 pt. 3', quote: '15 тамызға дейін', by: 'Order No. 121 of 28.07.2025' },
    { from: '2026-07-11', value: 20, clause: 'cl. 26 pt. 2', quote: '…', by: 'Order No. 52 of 31.03.2026' },
  ],
};

describe('valueOn', () => {
  it('gives the undated value outside every dated entry', () => {
    expect(valueOn(p, '2024-06-30').value).toBe(10);
    expect(valueOn(p, '2026-01-01')).toBe(p);
    expect(valueOn(p, '2026-07-10').value).toBe(10);
  });
  it('gives a dated value from its first day to its last, the act that gave it with it', () => {
    expect(valueOn(p, '2025-01-01')).toMatchObject({ value: 15, clause: 'cl. 26 pt. 3', by: 'Order No. 121 of 28.07.2025' });
    expect(valueOn(p, '2025-12-31').value).toBe(15);
    expect(valueOn(p, '2026-07-11').value).toBe(20);
    expect(valueOn(p, '2030-01-01').value).toBe(20);
  });
  it('a provision without dated values is its own value on every day', () => {
    const plain: Provision<number> = { value: 5, clause: 'cl. 7', quote: 'бес' };
    expect(valueOn(plain, '1999-01-01')).toBe(plain);
    expect(allValues(plain)).toEqual([plain]);
    expect(allValues(p).map((v) => v.value)).toEqual([10, 15, 20]);
  });
});

describe('no rule chooses a value by a date written in its code', () => {
  it('the packs\' rule files compare no year or date literal (dated values live in the provisions)', () => {
    const found: string[] = [];
    for (const dir of readdirSync('src/acts', { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const f of readdirSync(join('src/acts', dir.name)).filter((n) => /^(rules|procedure)\.ts$/.test(n))) {
        const src = readFileSync(join('src/acts', dir.name, f), 'utf8');
        for (const m of src.matchAll(/[!=<>]==?\s*['"`](?:19|20)\d\d(?:-\d\d-\d\d)?['"`]|['"`](?:19|20)\d\d(?:-\d\d-\d\d)?['"`]\s*[!=<>]==?/g)) found.push(`${dir.name}/${f}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
