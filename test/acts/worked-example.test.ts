/**
 * The worked example of docs/adding-a-rule-kind.md, run: a rule kind written as the page says, put in a
 * pack (the synthetic test pack: the kind says nothing about a real act), with its passing and its
 * breaking package. A test below keeps the page's code the same as the code run here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument, type CheckOptions } from '../../src/check/run.js';
import { createCalendar } from '../../src/law/calendar/index.js';
import { readParams } from '../../src/law/provision.js';
import type { Pack } from '../../src/acts/pack.js';
import { testPack, validPackage } from '../check/test-pack.js';

// -- example: src/rules/distinct.ts --
/** Distinct rule kind: the rows of a list name each thing once (e.g. a competency rated twice on one sheet). */
import { baseOf, fill, reads, titleOf, withTitle, type RuleBase } from '../../src/rules/base.js';
import type { Report, Rule } from '../../src/rules/rule.js';

export interface DistinctSpec extends RuleBase {
  /** JSON Pointer of the list; the rule is silent when it is absent. */
  rows: string;
  /** The field of a row that must not repeat. */
  field: string;
}

export function distinctRule(spec: DistinctSpec): Rule {
  return {
    ...baseOf(spec),
    reads: reads(spec.rows, `${spec.rows}/*/${spec.field}`),
    quietWithoutInputs: true,
    check(ctx): Report[] {
      const rows = ctx.get(spec.rows);
      if (!Array.isArray(rows)) return [];
      const seen = new Map<unknown, number>();
      const out: Report[] = [];
      rows.forEach((row, i) => {
        const v = (row as Record<string, unknown> | null)?.[spec.field];
        const first = seen.get(v);
        if (first === undefined) return void seen.set(v, i);
        out.push({
          path: `${spec.rows}/${i}/${spec.field}`,
          message: withTitle(titleOf(spec), fill({ kk: '«{value}» {first}-жолда да бар', ru: '«{value}» уже есть в строке {first}', en: '«{value}» is already in row {first}' }, { value: String(v), first: first + 1 })),
          facts: { value: v, rows: [first + 1, i + 1] },
        });
      });
      return out;
    },
  };
}
// -- end of example --

// -- example: the pack --
// what a pack's params.json holds, read as params.ts reads it (src/law/provision.ts)
const params = {
  ...testPack.params,
  ...readParams('test-pack params', { kpiNamesDistinct: { value: 1, clause: 'cl. 3', quote: 'әр НМИ бір рет аталады' } }),
};
const pack: Pack = {
  ...testPack,
  params,
  rules: [
    ...testPack.rules,
    distinctRule({
      id: 'test-pack/kpi-names-distinct', provision: params.kpiNamesDistinct,
      rows: '/forms/plan/kpis', field: 'text',
      title: { kk: 'Әр НМИ {value} рет аталады', ru: 'Каждый ЦИ назван {value} раз', en: 'Each KPI is named {value} time(s)' },
    }),
  ],
};
// -- end of example --

const calendar = createCalendar();
const opts: CheckOptions = { today: '2026-11-22', calendar, packs: { byId: (id) => (id === pack.id ? pack : undefined), ids: [pack.id] } };
const run = (data: unknown) => checkDocument({ file: 'p.yaml', data, findings: [] }, opts).findings;

describe('docs/adding-a-rule-kind.md, worked example', () => {
  it('passing: the valid package names five different KPIs', () => {
    expect(run(validPackage())).toEqual([]);
  });

  it('breaking: the fourth KPI repeats the second, cited to the clause, with the rows as facts', () => {
    const p = validPackage() as { forms: { plan: { kpis: Array<{ text: string }> } } };
    p.forms.plan.kpis[3]!.text = p.forms.plan.kpis[1]!.text;
    const [f, ...rest] = run(p);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'test-pack/kpi-names-distinct',
      severity: 'error',
      path: '/forms/plan/kpis/3/text',
      cite: { act: 'test-pack', clause: 'cl. 3' },
      facts: { value: 'НМИ 2', rows: [2, 4] },
    });
    expect(f!.message.en).toBe('Each KPI is named 1 time: «НМИ 2» is already in row 2');
    expect(f!.message.kk).toBe('Әр НМИ 1 рет аталады: «НМИ 2» 2-жолда да бар');
  });

  it('the kind declares what it reads, and is skipped on a package without the list', () => {
    const rule = pack.rules.find((r) => r.id === 'test-pack/kpi-names-distinct')!;
    expect(rule.reads).toEqual(['/forms/plan/kpis', '/forms/plan/kpis/*/text']);
    expect(rule.quietWithoutInputs).toBe(true);
  });

  it('the page shows the code this test runs', () => {
    const page = readFileSync('docs/adding-a-rule-kind.md', 'utf8');
    const self = readFileSync('test/acts/worked-example.test.ts', 'utf8');
    const blocks = [...self.matchAll(/\/\/ -- example: ([^\n]*) --\n([\s\S]*?)\/\/ -- end of example --/g)];
    expect(blocks.length).toBe(2);
    for (const [, name, code] of blocks) {
      const shown = code!.replace("'../../src/rules/base.js'", "'./base.js'").replace("'../../src/rules/rule.js'", "'./rule.js'");
      expect(page, `docs/adding-a-rule-kind.md shows ${name} as run here`).toContain(shown.trim());
    }
  });
});
