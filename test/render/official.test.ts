/**
 * Documents an official would sign (issue 8), checked on the document model of every blank form, every
 * document of each methodology's valid sample and every approval order: the act's clause markers, no
 * editorial note in the body, the servant named in protocols, initials where the form asks for them,
 * no justified line with a fill-in blank. (What a reader sees in the PDFs: reader.test.ts, done.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { markdownToModel } from '../../src/render/index.js';
import type { DocumentModel } from '../../src/render/index.js';
import type { Paragraph } from '../../src/render/model.js';
import { blankJobs, loadTemplateSet, orderJob, packageJobs } from '../../src/cli/render.js';
import type { Job } from '../../src/cli/render.js';
import { loadFile, sessionLoader } from '../../src/package/load.js';
import { initialsOf } from '../../src/render/template.js';
import { decodeValue, encodeValue } from '../../src/render/data-text.js';

const TEMPLATES = join(process.cwd(), 'templates');
const IDS = ['mic-2018', 'almaty-maslikhat-2018', 'asa-a-corps', 'asa-b-model', 'kyzylorda-maslikhat-2018', 'sjc-apparatus'];
const meta = { title: 't', date: '2026-01-01', language: 'kk-KZ' };

const loadSession = sessionLoader();
function sampleJobs(id: string): Job[] {
  const file = `samples/${id}/valid.yaml`;
  return packageJobs(file, loadFile(file).data, TEMPLATES, (ref) => loadSession(ref, file).data);
}

const jobsOf = (id: string): Job[] => {
  const ts = loadTemplateSet(TEMPLATES, id);
  return [...blankJobs(ts, 'all'), orderJob(ts), ...sampleJobs(id)];
};

/** Every paragraph of a model, table cells included, with the text a reader sees. */
function paragraphs(m: DocumentModel): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of m.blocks) {
    if (b.kind === 'paragraph') out.push(b);
    else if (b.kind === 'table') for (const row of b.rows) for (const cell of row) out.push(...cell.paragraphs);
  }
  return out;
}
const text = (p: Paragraph): string => p.runs.map((r) => r.text).join('');

const ALL = IDS.flatMap((id) => jobsOf(id).map((job) => ({ id, job, model: markdownToModel(job.markdown, { meta }) })));

/** Words that only an editorial note says: reconstructed, repaired, internal files, what the tool cannot draw. */
const EDITORIAL = [/Қайта құрылған нысан/, /REPAIRS/, /қайта құрылды/, /қалпына келтірілді/, /диаграмманы салмайды/, /жарияланған мәтіндегідей/, /жарияланған мәтінде/i];

describe('clause markers follow the act', () => {
  it('«N.» stays a clause and «N)» a sub-clause (passing and breaking case)', () => {
    const m = markdownToModel('8. Клауза.\n\n1) тармақша;\n\n2) тармақша.\n\n9. Келесі.\n', { meta });
    expect(paragraphs(m).map((p) => /^\d+[.)]/.exec(text(p))?.[0])).toEqual(['8.', '1)', '2)', '9.']);
    expect(paragraphs(m).map((p) => /^\d+[.)]/.exec(text(p))?.[0])).not.toEqual(['8)', '1)', '2)', '9)']);
  });

  for (const id of IDS) {
    it(`${id}: every numbered paragraph of the order has the marker its source writes`, () => {
      const job = orderJob(loadTemplateSet(TEMPLATES, id));
      const source = job.markdown.split('\n').map((l) => /^(\d{1,3})([.)]) \S/.exec(l)).filter((m) => m !== null).map((m) => `${m[1]}${m[2]}`);
      const model = markdownToModel(job.markdown, { meta });
      const rendered = model.blocks.filter((b) => b.kind === 'paragraph').map((p) => /^(\d{1,3})([.)]) /.exec(text(p as Paragraph))).filter((m) => m !== null).map((m) => `${m[1]}${m[2]}`);
      expect(rendered.length).toBeGreaterThanOrEqual(source.length);
      // the source's markers appear in the rendered order, in sequence
      let i = 0;
      for (const r of rendered) if (r === source[i]) i++;
      expect(i, `markers from ${source[i]} on are not rendered as written`).toBe(source.length);
      if (source.some((s) => s.endsWith('.'))) expect(rendered.some((r) => r.endsWith('.'))).toBe(true);
    });
  }
});

describe('editorial notes are out of the body', () => {
  it('a {.note} paragraph goes to the notes, not the blocks (passing and breaking case)', () => {
    const m = markdownToModel('Актінің мәтіні.\n\n**Қайта құрылған нысан.** Себебі. {.note}\n', { meta });
    expect(paragraphs(m).map(text)).toEqual(['Актінің мәтіні.']);
    expect(m.notes).toEqual(['Қайта құрылған нысан. Себебі.']);
    const plain = markdownToModel('Актінің мәтіні.\n\n**Қайта құрылған нысан.** Себебі. {.small}\n', { meta });
    expect(paragraphs(plain).some((p) => EDITORIAL.some((re) => re.test(text(p))))).toBe(true);
  });

  it(`no body of ${ALL.length} documents (blank, sample, order) carries an editorial note`, () => {
    expect(ALL.length).toBeGreaterThan(60);
    for (const { job, model } of ALL) {
      for (const p of paragraphs(model)) for (const re of EDITORIAL) expect(text(p), `${job.name}: «${text(p).slice(0, 80)}»`).not.toMatch(re);
    }
  });

  it('the reconstructed documents say so in their notes', () => {
    const notesOf = (name: string): string[] => ALL.find((d) => d.job.name === name)?.model.notes ?? [];
    for (const name of ['mic-2018.workPlan.blank', 'mic-2018.refusalAct.blank', 'almaty-maslikhat-2018.protocol.blank', 'asa-b-model.calibrationProtocol.blank', 'sjc-apparatus.calibrationProtocol.blank']) {
      expect(notesOf(name).join(' '), name).toContain('Қайта құрылған нысан');
    }
  });

  it('an approval order reproduces the act: reconstructed appendices are separate documents', () => {
    const mic = orderJob(loadTemplateSet(TEMPLATES, 'mic-2018')).markdown;
    expect(mic).not.toContain('# Жеке жұмыс жоспары');
    expect(mic).toMatch(/әдістемесіне\\\n> 1-қосымша/);
    expect(mic).not.toContain('# НМИ бойынша бағалау парағы');
    const almaty = orderJob(loadTemplateSet(TEMPLATES, 'almaty-maslikhat-2018')).markdown;
    expect(almaty).not.toContain('Отырысқа қатысқан Комиссия мүшелері');
    expect(almaty).toContain('# Құзыреттердің мінез-құлық индикаторлары');
  });
});

describe('filled values in the right words', () => {
  it('calibration protocols name the servant, not the id', () => {
    for (const [id, name, code] of [['asa-b-model', 'Сейітқали Айгерім Бақытжанқызы', '00417'], ['sjc-apparatus', 'Ермекова Айнұр Сәкенқызы', 'ЖСК-014']] as const) {
      const doc = ALL.find((d) => d.id === id && d.job.name === 'valid.calibrationProtocol');
      expect(doc, id).toBeDefined();
      const table = doc?.model.blocks.filter((b) => b.kind === 'table').at(-2);
      const cells = table && table.kind === 'table' ? table.rows.slice(1).map((r) => r[1]?.paragraphs.map(text).join('')) : [];
      expect(cells, id).toContain(name);
      expect(cells, id).not.toContain(code);
    }
  });

  it('initials where the form asks for «тегі, аты-жөнінің бірінші әріптері»', () => {
    const initials = (name: string): string => decodeValue(initialsOf(encodeValue(name)));
    expect(initials('Қасымова Әйгерім Нұрланқызы')).toBe('Қасымова Ә. Н.');
    expect(initials('Қасымова Ә. Н.')).toBe('Қасымова Ә. Н.');
    expect(initials('Қасымова')).toBe('Қасымова');
    let initialled = 0;
    for (const { job, model } of ALL) {
      const ps = paragraphs(model).map(text);
      ps.forEach((t, i) => {
        if (!t.includes('(тегі, аты-жөнінің бірінші әріптері)')) return;
        // the line above the label (in a right-hand block the label is within the same paragraph)
        const above = t.startsWith('(') ? ps[i - 2] ?? '' : t.split('\n')[t.split('\n').findIndex((l) => l.includes('бірінші әріптері')) - 1] ?? '';
        expect(above, `${job.name}: a full name above the initials label`).not.toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
        if (/^\p{Lu}\p{Ll}+ \p{Lu}\. \p{Lu}\.$/u.test(above)) initialled++;
      });
    }
    // the filled samples do reach the check (mic and almaty approve and sign their sheets)
    expect(initialled).toBeGreaterThanOrEqual(4);
  });

  it('the mic protocol is numbered «№»; the almaty App. 5 protocol has a body, date, attendees and signatures', () => {
    const mic = ALL.find((d) => d.job.name === 'mic-2018.protocol.blank');
    expect(paragraphs(mic?.model as DocumentModel).map(text)).toContain('Бағалау жөніндегі комиссия отырысының хаттамасы № _____');
    const almaty = ALL.find((d) => d.id === 'almaty-maslikhat-2018' && d.job.name === 'valid.protocol');
    const t = paragraphs(almaty?.model as DocumentModel).map(text).join('\n');
    for (const p of ['Отырыс күні: 20.01.2022', 'Әлімбеков Қанат Серікұлы', 'Нұрпейісова Ләззат Ерланқызы', 'Комиссияның хатшысы:', 'Комиссияның төрағасы:', 'бағалау нәтижелерін бекіту', 'Алматы қаласы мәслихатының аппараты']) expect(t).toContain(p);
  });

  it('almaty App. 4 (the catalogue marked «Нысан») is among the blank forms and in the decision', () => {
    const names = blankJobs(loadTemplateSet(TEMPLATES, 'almaty-maslikhat-2018'), 'all').map((j) => j.name);
    expect(names).toContain('almaty-maslikhat-2018.behaviouralIndicators.blank');
  });

  it('no justified line carries a fill-in blank (passing and breaking case)', () => {
    expect(markdownToModel('Қолы ________________\n', { meta }).blocks[0]).toMatchObject({ align: 'left' });
    expect(markdownToModel('Қолы қойылады.\n', { meta }).blocks[0]).toMatchObject({ align: 'justify' });
    for (const { job, model } of ALL) {
      for (const b of model.blocks) if (b.kind === 'paragraph' && b.align === 'justify') expect(text(b), job.name).not.toContain('___');
    }
  });
});
