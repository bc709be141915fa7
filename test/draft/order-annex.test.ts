/**
 * An annex to the order placed after the methodology's last appendix (act 000's list of repealed orders after its
 * App. 5) is a document of its own — its title, its stamp («… бұйрығына / қосымша», «Приложение / к приказу …»), its
 * points — not the last appendix's text; and a registration line is never the order's legal basis, in either language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/draft/check.js';
import { importPublishedAct } from '../../src/draft/import.js';
import type { AttachedDocument, DraftAct } from '../../src/draft/act.js';

const act000 = readFileSync(join(import.meta.dirname, '../../samples/drafts/published/000_f0867a3cdc66af81.txt'), 'utf8');

const appendixText = (d: AttachedDocument | undefined): string =>
  (d?.appendices ?? []).flatMap((a) => [a.caption?.text ?? '', ...a.text.map((s) => s.text)]).join('\n');

const check = (markdown: string): { act: DraftAct; rules: string[] } => {
  const { act, findings } = checkDraft(markdown, { date: '2026-11-22', model: false });
  return { act, rules: findings.map((f) => `${f.ruleId}@${f.place?.line}`) };
};

describe('act 000: the list of repealed orders after App. 5', () => {
  const { markdown } = importPublishedAct(act000);
  const { act } = check(markdown);
  const [methodology, annex] = act.documents;

  it('is a second document: its title, its stamp «… № 103 бұйрығына / қосымша», its points 1–3', () => {
    expect(act.documents).toHaveLength(2);
    expect(annex?.title?.text).toBe('Қазақстан Республикасы Ақпарат және коммуникациялар министрінің күші жойылған кейбір бұйрықтарының тізбесі');
    expect(annex?.stamp.map((s) => s.text).join('\n')).toMatch(/№ 103 бұйрығына\nқосымша$/u);
    expect(annex?.clauses.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(annex?.clauses.every((c) => /№ 81 бұйрығ/u.test(c.text.text))).toBe(true);
    expect(annex?.appendices).toEqual([]);
  });

  it('is no longer text of App. 5, which keeps its own form, the appendices staying 1, 3, 4, 5', () => {
    expect(methodology?.appendices.map((a) => a.number)).toEqual([1, 3, 4, 5]);
    const text = appendixText(methodology);
    expect(text).not.toMatch(/тізбесі|№ 81 бұйрығ/u);
    expect(methodology?.appendices[3]?.caption?.text).toBe('"БЕКІТЕМІН"');
    expect(text).toMatch(/Комиссияның мүшесі/u);
  });
});

/** A methodology with one appendix, then an annex to the order: `title` and `stamp` in the order given. */
const draft = (lang: 'kk' | 'ru', stampFirst = false, points = [1, 2]): string => {
  const kk = lang === 'kk';
  const title = kk ? '## Күші жойылған бұйрықтардың тізбесі' : '## Перечень утративших силу приказов';
  const stamp = kk ? '> Министрдің\\\n> 2026 жылғы 1 қаңтардағы\\\n> № 1 бұйрығына\\\n> қосымша' : '> Приложение\\\n> к приказу Министра\\\n> от 1 января 2026 года № 1';
  const annex = stampFirst ? `${stamp}\n\n${title}` : `${title}\n\n${stamp}`;
  const item = kk ? 'бұйрығы күшін жойды.' : 'приказ утратил силу.';
  return [
    kk ? '# Әдістемені бекіту туралы' : '# Об утверждении Методики',
    kk ? 'Заңға сәйкес БҰЙЫРАМЫН:' : 'В соответствии с Законом ПРИКАЗЫВАЮ:',
    kk ? '1. Әдістеме бекітілсін.' : '1. Утвердить Методику.',
    kk ? '## Бағалау әдістемесі' : '## Методика оценки',
    kk ? '1. Бағалау 1-қосымшаға сәйкес жүргізіледі.' : '1. Оценка проводится согласно приложению 1 к настоящей Методике.',
    kk ? '> Бағалау әдістемесіне\\\n> 1-қосымша' : '> Приложение 1\\\n> к Методике оценки',
    kk ? 'Нысан' : 'Форма',
    kk ? '#### Бағалау парағы' : '#### Оценочный лист',
    kk ? 'Комиссияның хатшысы: \\_\\_\\_\\_\\_' : 'Секретарь комиссии: \\_\\_\\_\\_\\_',
    annex,
    ...points.map((n) => `${n}. № ${n + 10} ${item}`),
  ].join('\n\n') + '\n';
};

describe.each(['kk', 'ru'] as const)('an annex to the order after the last appendix (%s)', (lang) => {
  it('title then stamp (as draft import writes it): a document of its own, App. 1 keeping only its form', () => {
    const { act, rules } = check(draft(lang));
    expect(act.documents).toHaveLength(2);
    const [methodology, annex] = act.documents;
    expect(methodology?.appendices.map((a) => [a.number, a.text.length])).toEqual([[1, 1]]);
    expect(appendixText(methodology)).not.toMatch(/тізбесі|Перечень|№ 11/u);
    expect(annex?.title?.text).toMatch(/тізбесі|Перечень/u);
    expect(annex?.stamp.map((x) => x.text).join('\n')).toMatch(lang === 'kk' ? /№ 1 бұйрығына\nқосымша$/u : /^Приложение\nк приказу Министра/u);
    expect(annex?.clauses.map((c) => c.number)).toEqual([1, 2]);
    expect(rules).toEqual([]);
  });

  it('stamp then title: the same', () => {
    const { act } = check(draft(lang, true));
    expect(act.documents.map((d) => [d.appendices.length, d.clauses.map((c) => c.number), d.stamp.length > 0])).toEqual([
      [1, [1], false],
      [0, [1, 2], true],
    ]);
  });

  it('its points are checked as the annex\'s: a gap in them is told, at its line', () => {
    const md = draft(lang, false, [1, 3]);
    const line = md.split('\n').findIndex((l) => l.startsWith('3. ')) + 1;
    expect(check(md).rules).toContain(`draft/numbering-gap@${line}`);
  });

  it('without the stamp, a heading after the appendix stays its text (the stamp is what tells an annex)', () => {
    const md = draft(lang).replace(/\n\n>[^\n]*(?:\n>[^\n]*)*\n\n(1\. № 11)/u, '\n\n$1');
    const { act } = check(md);
    expect(act.documents).toHaveLength(1);
    expect(appendixText(act.documents[0])).toMatch(/тізбесі|Перечень/u);
  });
});

describe('a registration line is not the legal basis', () => {
  const order = (requisites: string, basis: string): string =>
    `# Об утверждении Методики\n\n${requisites}\n\n${basis} ПРИКАЗЫВАЮ:\n\n1. Утвердить Методику.\n`;

  it('«Зарегистрирован в Министерстве юстиции …» holding «в соответствии с» is not read as the basis', () => {
    const { act } = check(order('Зарегистрирован в Министерстве юстиции Республики Казахстан 2 января 2026 года № 1 в соответствии с Правилами государственной регистрации.', 'Руководствуясь Законом,'));
    expect(act.legalBasis).toBeNull();
  });

  it('«Зарегистрировано …» (a decision, neuter) neither; its Kazakh twin «… тіркелді» neither', () => {
    expect(check(order('Зарегистрировано в Департаменте юстиции области 2 января 2026 года № 1 в соответствии с Правилами.', 'Руководствуясь Законом,')).act.legalBasis).toBeNull();
    const kk = '# Әдістемені бекіту туралы\n\nӘділет министрлігінде Қағидаларға сәйкес 2026 жылғы 2 қаңтарда № 1 болып тіркелді.\n\nЗаңды басшылыққа ала отырып, БҰЙЫРАМЫН:\n\n1. Әдістеме бекітілсін.\n';
    expect(check(kk).act.legalBasis).toBeNull();
  });

  it('a basis that names a registered act («… зарегистрированным в Реестре …») stays the basis', () => {
    const basis = 'В соответствии с приказом Министра, зарегистрированным в Реестре государственной регистрации нормативных правовых актов под № 1,';
    expect(check(order('Приказ Министра от 1 января 2026 года № 1.', basis)).act.legalBasis?.text).toMatch(/^В соответствии с приказом Министра/u);
    expect(check(order('Зарегистрирован в Министерстве юстиции Республики Казахстан 2 января 2026 года № 1.', basis)).act.legalBasis?.text).toMatch(/^В соответствии с/u);
  });
});
