/**
 * asa-a-corps: the National Commission's session protocol («Ұлттық комиссия отырысының хаттамасы»), rebuilt from
 * act 002 Annex 1 cl. 28–31, which give it no form (templates/asa-a-corps/commissionProtocol.md.hbs). Read as the
 * official who signs it reads it: the text of our PDF and of LibreOffice's PDF of our DOCX (one conversion for the
 * blank form and three filled ones), and the positions of a row's words in pdftotext -layout.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blankJobs, loadFonts, loadTemplateSet, packageJobs } from '../../src/cli/render.js';
import type { Job } from '../../src/render/plan.js';
import { loadFile } from '../../src/package/load.js';
import { markdownToModel, renderMarkdown } from '../../src/render/index.js';
import { parseTemplateSet } from '../../src/render/documents.js';
import { pack } from '../../src/acts/asa-a-corps/index.js';
import { actText, squeeze, TEMPLATES } from './templates-forms.helpers.js';
import { requireTools } from './tools.js';
import { tempDir } from '../temp.js';

requireTools(['soffice', 'pdftotext']);

const ID = 'asa-a-corps';
const DOC = 'commissionProtocol';
const VALID = 'samples/asa-a-corps/valid.yaml';
const SERVANT = 'Нұрғалиев Асқар Бекұлы';
const ABSENT = 'Байжанова Мәдина Серікқызы';
const ACT = squeeze(actText('002_aa478879640c4786.txt'));
/** What cl. 30 has the protocol state of a revised result, as the decision's fields hold it (`REVISION_FIELDS` of src/acts/asa-a-corps/forms.ts). */
const STATED = {
  reasons: 'Бағалау НМИ-дің нақты мәндеріне сүйенбеген: 3-НМИ бойынша қол жеткізу 62 % болған, ал баға 5 қойылған.',
  qualityRecommendations: 'Бағалау парағын 4 және 5-қосымшалардың кестелеріне сәйкес толтыру.',
  disciplinaryRecommendations: 'Тәртіптік шара ұсынылмайды.',
};

interface Member { name: string; role: string; present: boolean }
interface Decision { servant: string; decision: string; grade?: string; correctedGrade?: string; interviewHeld?: boolean; votes?: { member: string; vote: string }[]; reasons?: string; qualityRecommendations?: string; disciplinaryRecommendations?: string }
interface Session { members: Member[]; decisions: Decision[] }

/** The sample's protocol job, after `change` edits a copy of its session. */
function job(name: string, change: (s: Session) => void = () => {}): Job {
  const data = structuredClone(loadFile(VALID).data) as { session: Session };
  change(data.session);
  const j = packageJobs(`${name}.yaml`, data, TEMPLATES, () => undefined).find((x) => x.name.endsWith(`.${DOC}`));
  if (!j) throw new Error(`${name}: no ${DOC} rendered`);
  return j;
}

interface Pair { ours: string; lo: string; oursRaw: string; loRaw: string; md: string }
const docs: Record<string, Pair> = {};
const layout = (pdf: string, mode = '-layout'): string => execFileSync('pdftotext', [mode, '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  const dir = tempDir('bagalau-asa-a-protocol-');
  const fonts = loadFonts();
  const jobs: Record<string, Job> = {
    blank: blankJobs(loadTemplateSet(TEMPLATES, ID), DOC)[0]!,
    valid: job('valid'),
    // the Commission revised the result (cl. 30), one member did not sit, and the file records the votes
    revised: job('revised', (s) => {
      s.decisions[0]!.correctedGrade = 'қанағаттанарлық';
      s.decisions[0]!.votes = s.members.map((m) => ({ member: m.name, vote: 'for' }));
      s.members.find((m) => m.name === ABSENT)!.present = false;
    }),
    // revised, and the protocol states the reasons and the recommendations (cl. 30)
    stated: job('stated', (s) => {
      Object.assign(s.decisions[0]!, { correctedGrade: 'қанағаттанарлық' }, STATED);
    }),
    // a decision naming the servant in full rather than by the package's id
    named: job('named', (s) => { s.decisions[0]!.servant = 'Басқа Қызметші Атұлы'; }),
    // the session records the interview of cl. 29: held with the package's servant, not with a second one
    interview: job('interview', (s) => {
      s.decisions[0]!.interviewHeld = true;
      s.decisions.push({ ...s.decisions[0]!, servant: 'Басқа Қызметші Атұлы', interviewHeld: false });
    }),
    heldNot: job('heldNot', (s) => { s.decisions[0]!.interviewHeld = false; }),
  };
  const docxs: string[] = [];
  for (const [k, j] of Object.entries(jobs)) {
    const meta = { title: j.title, date: j.date, language: 'kk-KZ' };
    writeFileSync(join(dir, `${k}.pdf`), await renderMarkdown(j.markdown, { format: 'pdf', meta, fonts }));
    writeFileSync(join(dir, `${k}.docx`), await renderMarkdown(j.markdown, { format: 'docx', meta, fonts }));
    docxs.push(join(dir, `${k}.docx`));
  }
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), ...docxs], { stdio: 'ignore', timeout: 120_000 });
  for (const [k, j] of Object.entries(jobs)) docs[k] = { ours: layout(join(dir, `${k}.pdf`)), lo: layout(join(dir, 'lo', `${k}.pdf`)), oursRaw: layout(join(dir, `${k}.pdf`), '-raw'), loRaw: layout(join(dir, 'lo', `${k}.pdf`), '-raw'), md: j.markdown };
}, 180_000);

const both = (k: string): [string, string][] => [['our PDF', docs[k]!.ours], ['LibreOffice', docs[k]!.lo]];
/** Content order (-raw): a table cell's lines together. */
const bothRaw = (k: string): [string, string][] => [['our PDF', docs[k]!.oursRaw], ['LibreOffice', docs[k]!.loRaw]];
const flat = (s: string): string => s.replace(/\s+/g, ' ');
/** The text from the signatures' heading on. */
const signatures = (text: string): string => {
  const i = text.indexOf('Ұлттық комиссия мүшелерінің қолдары');
  expect(i).toBeGreaterThan(-1);
  return flat(text.slice(i));
};

describe('asa-a-corps National Commission protocol: what the act says it holds', () => {
  it('is a document of the set, rebuilt from cl. 31 and marked so in its notes, never on the page', () => {
    const entry = parseTemplateSet(readFileSync(join(TEMPLATES, ID, 'templates.yaml'), 'utf8'), ID, pack.appendices, pack.params).documents[DOC];
    expect(entry?.place).toBe('commissionProtocol');
    expect(entry?.clause).toBe('cl. 31');
    expect(entry?.reconstructed).toMatch(/gives no form/);
    expect(pack.params['commissionProtocol']?.clause).toBe('cl. 31');
    const notes = markdownToModel(docs['valid']!.md, { meta: { title: 't', date: '2026-01-01', language: 'kk-KZ' } }).notes ?? [];
    expect(notes.join(' ')).toMatch(/Қайта құрылған нысан.*28–31-тармақтардың/);
    for (const [who, text] of both('valid')) expect(text, who).not.toContain('Қайта құрылған нысан');
  });

  it('its fixed words are the act\'s: the Commission\'s name (cl. 12), the protocol (cl. 31), what cl. 30 requires, the materials (cl. 28, 29)', () => {
    const words = [
      'Қазақстан Республикасы Президенті жанындағы Кадр саясаты жөніндегі Ұлттық комиссия',
      'Ұлттық комиссия отырысының хаттамас',
      'тиісті себептер мен түсіндірмелер',
      'жүргізілген бағалаудың сапасы',
      'уәкілетті тұлғаға қатысты тәртіптік шара бойынша ұсынымдар',
      'жұмыс органымен ұсынылған материалдарды қарау',
      'уәкілетті органмен ұсынылған материалдар',
      'құжаттамалық қамтамасыз ету мәселелері бойынша Президент Әкімшілігінің жауапты құрылымдық бөлімшесінің ақпараты',
      'әңгімелесу өткізу (қажеттілігіне қарай)',
      'атқаратын лауазымына сай',
    ];
    for (const w of words) expect(ACT, w).toContain(squeeze(w));
  });

  it('blank: title, Commission, member and decision tables, the cl. 30 lines and cl. 31, three signature lines — in both backends', () => {
    for (const [who, text] of both('blank')) {
      const t = flat(text);
      expect(t, who).toMatch(/Ұлттық комиссия отырысының хаттамасы № _+/);
      expect(t, who).toContain('Қазақстан Республикасы Президенті жанындағы Кадр саясаты жөніндегі Ұлттық комиссия');
      expect(t, who).toMatch(/№ Т\.А\.Ә\. Лауазымы Рөлі Қатысуы/);
      expect(t, who).toContain('Бағалаудың нәтижесі қайта қаралған жағдайда (30-тармақ):');
      expect(t, who).toMatch(/Тиісті себептер мен түсіндірмелер: _+/);
      expect(t, who).toMatch(/Жүргізілген бағалаудың сапасы бойынша ұсынымдар: _+/);
      expect(t, who).toMatch(/Уәкілетті тұлғаға қатысты тәртіптік шара бойынша ұсынымдар: _+/);
      expect(t, who).toContain('Хаттаманы Ұлттық комиссияның жұмыс органы рәсімдейді және уәкілетті тұлғаға жолдайды (31-тармақ).');
      expect(signatures(text).match(/_{10,}/g)?.length, who).toBe(6);
    }
    for (const [who, text] of bothRaw('blank')) {
      for (const h of ['"А" корпусы қызметшісі', 'Бағалау нәтижесі', 'Ұлттық комиссияның шешімі (29-тармақ)', 'Қайта қаралған бағалау нәтижесі (30-тармақ)']) expect(squeeze(text), `${who}: ${h}`).toContain(squeeze(h));
    }
  });

  it('where the act is silent it prints nothing: no composition rule, quorum, ballot or votes', () => {
    for (const k of ['blank', 'valid', 'revised', 'stated']) {
      for (const [who, text] of both(k)) {
        const t = flat(text).toLowerCase();
        for (const w of ['кворум', 'тақ сан', 'дауыс', 'жақтап', 'басым']) expect(t, `${k} ${who}: ${w}`).not.toContain(w);
      }
    }
  });

  it('filled: number, date, each member with the role and presence words, the servant, authorised person and period', () => {
    for (const [who, text] of both('valid')) {
      const t = flat(text);
      expect(t, who).toContain('Ұлттық комиссия отырысының хаттамасы № 2');
      expect(t, who).toContain('Отырыс күні: 18.03.2026');
      const rows = text.split('\n');
      for (const [surname, role] of [['Қожахметов', 'төраға'], ['Байжанова', 'мүше'], ['Әлиев', 'хатшы']] as const) {
        const row = rows.find((r) => r.includes(surname) && r.includes(role));
        expect(row, `${who}: ${surname} ${role}`).toBeDefined();
        expect(row!.indexOf(role), who).toBeLessThan(row!.indexOf('қатысты'));
      }
      expect(t, who).toContain(`${SERVANT}, Қазақстан Республикасы Цифрлық даму министрлігінің аппарат басшысы`);
      expect(t, who).toContain('01.01.2025 – 31.12.2025');
      expect(t, who).toContain('уәкілетті тұлға: Сұлтанов Данияр Маратұлы');
    }
  });

  it('the decision row names the servant (not the package id), the result and the cl. 29 decision, left to right', () => {
    for (const [who, text] of both('valid')) {
      const row = text.split('\n').find((r) => r.includes('Нұрғалиев Асқар') && r.includes('тиімді'));
      expect(row, who).toBeDefined();
      expect(row!.indexOf('Нұрғалиев'), who).toBeLessThan(row!.indexOf('тиімді'));
      expect(row!.indexOf('тиімді'), who).toBeLessThan(row!.indexOf('атқаратын'));
      expect(text, who).not.toContain('A-0112');
    }
    // a decision whose servant is not the package's id is printed as written
    for (const [who, text] of both('named')) expect(flat(text), who).toContain('Басқа Қызметші Атұлы');
  });

  it('not revised: no cl. 30 lines; revised: the corrected result in the row and the cl. 30 lines for that servant', () => {
    for (const [who, text] of both('valid')) {
      expect(text, who).not.toContain('Тиісті себептер');
      expect(text, who).not.toContain('қанағаттанарлық');
    }
    for (const [who, text] of both('revised')) {
      const row = text.split('\n').find((r) => r.includes('Нұрғалиев Асқар') && r.includes('тиімді'));
      expect(row, who).toBeDefined();
      expect(row!.indexOf('атқаратын'), who).toBeLessThan(row!.indexOf('қанағаттанарлық'));
      const t = flat(text);
      expect(t, who).toContain(`Бағалаудың нәтижесі қайта қаралды (30-тармақ): ${SERVANT}.`);
      expect(t, who).toMatch(/Тиісті себептер мен түсіндірмелер: _+/);
      expect(t, who).toMatch(/Уәкілетті тұлғаға қатысты тәртіптік шара бойынша ұсынымдар: _+/);
      expect(t, who).not.toContain('қайта қаралған жағдайда');
      for (const v of Object.values(STATED)) expect(t, who).not.toContain(v);
    }
  });

  it('revised with the cl. 30 statements filled: each printed after its label, in place of the blank lines', () => {
    for (const [who, text] of both('stated')) {
      const t = flat(text);
      expect(t, who).toContain(`Бағалаудың нәтижесі қайта қаралды (30-тармақ): ${SERVANT}.`);
      expect(t, who).toContain(`Тиісті себептер мен түсіндірмелер: ${STATED.reasons}`);
      expect(t, who).toContain(`Жүргізілген бағалаудың сапасы бойынша ұсынымдар: ${STATED.qualityRecommendations}`);
      expect(t, who).toContain(`Уәкілетті тұлғаға қатысты тәртіптік шара бойынша ұсынымдар: ${STATED.disciplinaryRecommendations}`);
      // in the order cl. 30 names them, and no blank line between the decision and the cl. 31 sentence
      const at = (w: string) => t.indexOf(w);
      expect(at(STATED.reasons), who).toBeLessThan(at(STATED.qualityRecommendations));
      expect(at(STATED.qualityRecommendations), who).toBeLessThan(at(STATED.disciplinaryRecommendations));
      const between = t.slice(at('Бағалаудың нәтижесі қайта қаралды'), at('Хаттаманы Ұлттық комиссияның жұмыс органы'));
      expect(between, who).not.toMatch(/_{5,}/);
    }
  });

  it('signed by the members who sat, each with the role word and a line; an absent member is listed «қатыспады» and does not sign', () => {
    for (const [who, text] of both('valid')) {
      const s = signatures(text);
      for (const n of ['Қожахметов Ерболат Нұрланұлы (төраға)', 'Байжанова Мәдина Серікқызы (мүше)', 'Әлиев Руслан Тимурұлы (хатшы)']) expect(s, who).toContain(n);
      expect(s.match(/_{10,}/g)?.length, who).toBe(3);
      // name left, line right, on one row
      const line = text.split('\n').find((r) => r.includes('Қожахметов Ерболат Нұрланұлы (төраға)'));
      expect(line, who).toMatch(/\(төраға\)\s+_{10,}/);
      expect(text, who).not.toContain('қатыспады');
    }
    for (const [who, text] of both('revised')) {
      const s = signatures(text);
      expect(s, who).not.toContain('Байжанова');
      expect(s.match(/_{10,}/g)?.length, who).toBe(2);
      const row = text.split('\n').find((r) => r.includes('Байжанова'));
      expect(row, who).toMatch(/мүше\s+қатыспады/);
    }
  });

  it('the interview (cl. 29, «қажеттілігіне қарай»): both alternatives to strike by hand where the session does not record it, only the recorded one where it does', () => {
    const LINE = '"А" корпусы қызметшісімен әңгімелесу (қажеттілігіне қарай, 29-тармақ):';
    for (const k of ['blank', 'valid'])
      for (const [who, text] of both(k)) {
        expect(flat(text), `${k} ${who}`).toContain(`${LINE} өткізілді / өткізілмеді.`);
        // the two alternatives stay on one line (non-breaking spaces): «өткізілді /» at a line's end read as a struck choice
        expect(text.split('\n').some((l) => /өткізілді\s\/\sөткізілмеді/.test(l)), `${k} ${who}`).toBe(true);
      }
    for (const [who, text] of both('heldNot')) {
      expect(flat(text), who).toContain(`${LINE} өткізілмеді.`);
      expect(flat(text), who).not.toContain('өткізілді');
    }
    // two decisions: a line each, another servant's naming the servant
    for (const [who, text] of both('interview')) {
      expect(flat(text), who).toContain(`${LINE} өткізілді.`);
      expect(flat(text), who).toContain('"А" корпусы қызметшісімен (Басқа Қызметші Атұлы) әңгімелесу (қажеттілігіне қарай, 29-тармақ): өткізілмеді.');
      expect(flat(text), who).not.toContain('өткізілді /');
    }
    // the field is the pack's own, titled by the clause's words
    const field = pack.session?.decisionExtra?.['interviewHeld'] as { type?: string; title?: string } | undefined;
    expect(field?.type).toBe('boolean');
    expect(field?.title).toBe('"А" корпусы қызметшісімен әңгімелесу өткізу (қажеттілігіне қарай)');
    expect(ACT).toContain(squeeze(field?.title ?? '-'));
  });

  it('one page in both backends', () => {
    for (const k of ['blank', 'valid', 'revised', 'stated']) for (const [who, text] of both(k)) expect(text.split('\f').filter((p) => p.trim()).length, `${k} ${who}`).toBe(1);
  });
});

describe('kyzylorda-maslikhat-2018 has no protocol to render', () => {
  it('act 003 holds Appendix 4 alone: no commission, no protocol, and its templates list none', () => {
    const act = actText('003_9e3c672faa21bf14.txt').toLowerCase();
    expect(act).not.toContain('хаттама');
    expect(act).not.toContain('комиссия');
    const manifest = readFileSync(join(TEMPLATES, 'kyzylorda-maslikhat-2018', 'templates.yaml'), 'utf8');
    expect(manifest).not.toMatch(/needs: session/);
    // the breaking case: act 002 does speak of the protocol
    expect(actText('002_aa478879640c4786.txt')).toContain('хаттама');
  });
});
