/**
 * Issue 13, class 2: damaged table rows are treated alike in every pack. The percent-to-grade tables are
 * read from each act's own text (every appendix line that starts with a percent range «a-b»); a row
 * whose printed upper bound is not 0,01 below the start of the next higher row is damaged. Every such
 * row must appear in the table of every pack that reads that appendix, repaired with the one
 * generated note, and a value in its repaired part gets the same warning in every pack.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/acts/index.js';
import { lookupPercent } from '../../src/rules/percent-table.js';
import { actPlaces } from './act-places.js';

const num = (s: string) => Number(s.replace(',', '.'));
const RANGE = /^\s*(\d+(?:,\d+)?)\s*-\s*(\d+(?:,\d+)?)(?=\s|$)/;

/** Damaged rows of every percent table in the pack's appendices, found in the text. */
function damagedInText(pack: (typeof PACKS)[number]) {
  const out: Array<{ app: number; printed: string; from: number; to: number; expected: number }> = [];
  for (const [app, text] of actPlaces(pack).appendices) {
    const rows = text
      .split('\n')
      .map((l) => RANGE.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ printed: `${m[1]}-${m[2]}`, from: num(m[1]!), to: num(m[2]!), decimals: (m[2]!.split(',')[1] ?? '').length }));
    // percent rows only: whole-number starts and spans of several points (a grade column «4,75-4,99» or «0-0,24» is not one)
    const percentRows = rows.filter((r) => Number.isInteger(r.from) && r.decimals === 2 && r.to - r.from > 1);
    const starts = [...new Set(percentRows.map((r) => r.from))].sort((a, b) => a - b);
    for (const r of percentRows) {
      const next = starts.find((s) => s > r.from);
      if (next === undefined) continue;
      const expected = Math.round((next - 0.01) * 100) / 100;
      if (Math.abs(r.to - expected) > 1e-9) out.push({ app, printed: r.printed, from: r.from, to: r.to, expected });
    }
  }
  return out;
}

describe('the damaged-row finder', () => {
  it('finds «40-44,49» in the tables of act 002 Annex 1 (App. 4 and 5) and act 004 App. 3', () => {
    const byPack = Object.fromEntries(PACKS.map((p) => [p.id, damagedInText(p).map((d) => `App. ${d.app} ${d.printed}`)]));
    expect(byPack['asa-a-corps']).toEqual(['App. 4 40-44,49', 'App. 5 40-44,49']);
    expect(byPack['sjc-apparatus']).toEqual(['App. 3 40-44,49']);
    expect(byPack['mic-2018']).toEqual([]);
  });
});

for (const pack of PACKS) {
  const damaged = damagedInText(pack);
  const tables = pack.rules.filter((r) => r.table).map((r) => ({ id: r.id, ...r.table! }));
  describe(`${pack.id}: damaged table rows`, () => {
    it('every damaged row of the text is repaired in a table of the pack, with the note, read up to the pattern', () => {
      for (const d of damaged) {
        const rows = tables.flatMap((t) => t.rows.filter((r) => r.printed === d.printed && r.from === d.from));
        expect(rows.length, `${d.printed} (App. ${d.app})`).toBeGreaterThan(0);
        for (const r of rows) {
          expect(r.to).toBe(d.to);
          expect(r.readTo).toBe(d.expected);
          expect(r.damaged?.en).toContain(`«${d.printed}»`);
        }
      }
    });
    it('a value in the repaired part gets the repaired reading, and only there', () => {
      for (const t of tables)
        for (const r of t.rows.filter((x) => x.readTo !== undefined)) {
          expect(lookupPercent(t.rows, (r.to! + r.readTo!) / 2 + 0.001, t.precision)?.repaired, t.id).toBe(true);
          expect(lookupPercent(t.rows, r.to!, t.precision)?.repaired, t.id).toBe(false);
        }
    });
    it('the note of a repaired row is the same words in every pack', () => {
      const notes = PACKS.flatMap((p) => p.rules.flatMap((r) => r.table?.rows ?? [])).filter((r) => r.damaged && r.printed === '40-44,49').map((r) => r.damaged!.en);
      expect(new Set(notes).size).toBe(1);
    });
  });
}
