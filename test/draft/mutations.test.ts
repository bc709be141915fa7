/**
 * Issue 9: each one-change mutation of the faithful draft (test/draft/cases/mutations/*.md, files a
 * lawyer can read and add to) is caught at its line, with the right model clause and severity — and
 * nothing else is said. The faithful draft itself gives no finding.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';

const dir = join(import.meta.dirname, 'cases');
const faithful = readFileSync(join(dir, 'faithful.md'), 'utf8');
const DATE = '2026-01-15';

interface Case {
  title: string;
  old: string;
  replacement: string;
  expected: Array<{ severity: string; ruleId: string; cite?: string; at: string }>;
}

function expectedOf(lines: string[]): Case['expected'] {
  return lines.filter((l) => l.startsWith('- ')).map((l) => {
    const m = /^- (error|warning|info) (\S+)(?: \((.+?)\))? at «(.+)»$/.exec(l);
    if (!m) throw new Error(`cannot read the expected finding «${l}»`);
    return { severity: m[1] as string, ruleId: m[2] as string, ...(m[3] ? { cite: m[3] } : {}), at: m[4] as string };
  });
}

/** Read a case file: its title, the `## Change` (`-`/`+` lines) and the `## Expected findings`. */
export function readCase(text: string): Case {
  const title = /^# (.+)$/m.exec(text)?.[1] ?? '';
  const section = (name: string): string[] => {
    const m = new RegExp(`^## ${name}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(text);
    if (!m) throw new Error(`no «## ${name}» section`);
    return (m[1] as string).split('\n');
  };
  const change = section('Change');
  // «delete from «A» to before «B»»: a span of the draft, for changes too long to quote.
  const span = change.map((l) => /^delete from «(.+)» to before «(.+)»$/.exec(l)).find((m) => m);
  if (span) {
    const from = faithful.indexOf(span[1] as string);
    const to = faithful.indexOf(span[2] as string, from);
    if (from < 0 || to < 0) throw new Error(`«${span[1]}» … «${span[2]}» is not in the faithful draft`);
    return { title, old: faithful.slice(from, to), replacement: '', expected: expectedOf(section('Expected findings')) };
  }
  const old = change.filter((l) => /^-( |$)/.test(l)).map((l) => l.slice(2)).join('\n');
  const plus = change.filter((l) => /^\+( |$)/.test(l));
  const replacement = plus.map((l) => l.slice(2)).join('\n');
  const expected = expectedOf(section('Expected findings'));
  if (!old) throw new Error('the change has no «- old text» line');
  return { title, old, replacement, expected };
}

const show = (f: { severity: string; ruleId: string; cite?: string | undefined; line: number }): string =>
  `${f.severity} ${f.ruleId}${f.cite ? ` (${f.cite})` : ''} @${f.line}`;

describe('mutations of the faithful draft', () => {
  it('the faithful draft gives no finding', () => {
    expect(checkDraft(faithful, { date: DATE }).findings).toEqual([]);
  });
  it('a case file is read as written (and a bad one is refused)', () => {
    const c = readCase('# T\n\n## Change\n\n- a\n+ b\n\n## Expected findings\n\n- error draft/x (Annex 2 cl. 1) at «b»\n');
    expect(c).toEqual({ title: 'T', old: 'a', replacement: 'b', expected: [{ severity: 'error', ruleId: 'draft/x', cite: 'Annex 2 cl. 1', at: 'b' }] });
    expect(() => readCase('# T\n\n## Change\n\n- a\n\n## Expected findings\n\n- fatal x at «b»\n')).toThrow(/cannot read/);
  });
  const files = readdirSync(join(dir, 'mutations')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  it('has the cases the issue lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });
  for (const file of files) {
    const c = readCase(readFileSync(join(dir, 'mutations', file), 'utf8'));
    it(`${file}: ${c.title}`, () => {
      expect(faithful.split(c.old)).toHaveLength(2);
      const draft = faithful.replace(c.old, c.replacement);
      const lines = draft.split('\n');
      const lineOf = (needle: string): number => {
        const i = lines.findIndex((l) => l.includes(needle));
        if (i < 0) throw new Error(`«${needle}» is not in the changed draft`);
        return i + 1;
      };
      const got = checkDraft(draft, { date: DATE }).findings.map((f) => show({ severity: f.severity, ruleId: f.ruleId, cite: f.cite?.clause, line: f.place?.line ?? 0 }));
      const want = c.expected.map((e) => show({ ...e, line: lineOf(e.at) }));
      expect(got.sort()).toEqual(want.sort());
    });
  }
});
