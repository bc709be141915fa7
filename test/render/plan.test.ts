/**
 * Render planning in the engine (src/render/plan.ts, issue 12 item 7): which documents a package yields, by the
 * typed needs of `templates.yaml`; appendix numbers and clauses taken from the pack, never restated in a manifest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packById } from '../../src/acts/index.js';
// the engine with its parsers (the modules below alone read only what the build parsed ahead)
import '../../src/render/index.js';
import { parseTemplateSet } from '../../src/render/documents.js';
import type { AppendixRef } from '../../src/render/documents.js';
import { blankJobs, packageJobs, PlanError } from '../../src/render/plan.js';
import type { TemplateSource } from '../../src/render/plan.js';
import { decodeValue } from '../../src/render/data-text.js';

const APPENDICES: AppendixRef[] = [
  { no: 1, clause: 'cl. 9', formKey: 'plan' },
  { no: 2, clause: 'cl. 17', formKey: 'sheet' },
  { no: 4, clause: 'cl. 26' },
];

const MANIFEST = `methodology: test-id
date: "2020-01-02"
title: Сынақ әдістемесі
forms:
  plan:
    file: plan.md.hbs
  sheet:
    file: sheet.md.hbs
  freeForm:
    file: free.md.hbs
documents:
  protocol:
    file: protocol.md.hbs
    place: sessionProtocol
    needs: session
  catalogue:
    file: catalogue.md
    appendix: 4
    needs: forms.sheet
  survey:
    file: survey.md
    needs: blank
    place: survey
`;

/** The pack's params the documents name (`place:`): a place each, with its clause. */
const PARAMS = { sessionProtocol: { clause: 'cl. 30', quote: 'хаттамамен рәсімделеді' }, survey: { clause: 'cl. 12', quote: 'сауалнама' } };

const FILES: Record<string, string> = {
  'plan.md.hbs': '---\ntitle: Жоспар\n---\n\n{{field servant.fullName 20}}\n',
  'sheet.md.hbs': '---\ntitle: Парақ\n---\n\nПарақ\n',
  'free.md.hbs': 'Еркін\n',
  'protocol.md.hbs': 'Хаттама {{date session.date}}\n',
  'catalogue.md': 'Каталог\n',
  'survey.md': 'Сауалнама\n',
};

function source(text = MANIFEST): TemplateSource {
  const set = parseTemplateSet(text, 'test/templates.yaml', APPENDICES, PARAMS);
  const self: TemplateSource = { set, read: (f) => FILES[f] ?? '', other: () => self };
  return self;
}

const pkg = (forms: Record<string, unknown>, session?: unknown): unknown => ({ methodology: 'test-id', servant: { fullName: 'Асанов Асан' }, period: { from: '2020-01-01', to: '2020-12-31' }, forms, ...(session ? { session } : {}) });
const names = (jobs: { name: string }[]): string[] => jobs.map((j) => j.name);

describe('templates.yaml: appendix numbers and clauses from the pack, needs typed', () => {
  it('a form takes the number and clause of the appendix whose form key it is; a form without one has none', () => {
    const s = source().set;
    expect(s.forms['plan']).toEqual({ file: 'plan.md.hbs', appendix: 1, clause: 'cl. 9' });
    expect(s.forms['freeForm']).toEqual({ file: 'free.md.hbs' });
    expect(s.documents['catalogue']).toMatchObject({ appendix: 4, clause: 'cl. 26', needs: { kind: 'form', form: 'sheet' } });
    expect(s.documents['protocol']).toEqual({ file: 'protocol.md.hbs', place: 'sessionProtocol', clause: 'cl. 30', needs: { kind: 'session' } });
    // read without the pack's params (a blank render does not load the pack): the place is kept, its clause not looked up
    expect(parseTemplateSet(MANIFEST, 'test/templates.yaml', APPENDICES).documents['protocol']).toEqual({ file: 'protocol.md.hbs', place: 'sessionProtocol', needs: { kind: 'session' } });
    expect(s.documents['survey']?.needs).toEqual({ kind: 'blank' });
  });

  it('a manifest that restates a number or clause, names an appendix the pack lacks, or an unknown need is refused', () => {
    expect(() => source(MANIFEST.replace('    file: plan.md.hbs\n', '    file: plan.md.hbs\n    appendix: 1\n'))).toThrow(/forms\.plan\.appendix.*methodology pack/);
    expect(() => source(MANIFEST.replace('    file: plan.md.hbs\n', '    file: plan.md.hbs\n    clause: "cl. 9"\n'))).toThrow(/forms\.plan\.clause/);
    expect(() => source(MANIFEST.replace('appendix: 4', 'appendix: 9'))).toThrow(/no reference appendix 9/);
    expect(() => source(MANIFEST.replace('    appendix: 4\n', '    appendix: 4\n    clause: "cl. 26"\n'))).toThrow(/catalogue\.clause: a document takes its clause from the methodology pack/);
    expect(() => source(MANIFEST.replace('needs: blank', 'needs: survey'))).toThrow(/needs: "survey" is none of/);
    // a document the act gives no appendix names a place of the pack's params, never a clause of its own
    expect(() => source(MANIFEST.replace('    place: sessionProtocol\n', '    clause: "cl. 30"\n'))).toThrow(/documents\.protocol\.clause: a document takes its clause from the methodology pack/);
    expect(() => source(MANIFEST.replace('    place: sessionProtocol\n', ''))).toThrow(/documents\.protocol\.place must be a non-empty string/);
    expect(() => source(MANIFEST.replace('place: sessionProtocol', 'place: noSuchPlace'))).toThrow(/documents\.protocol\.place: the pack's params have no «noSuchPlace»/);
    expect(() => source(MANIFEST.replace('    appendix: 4\n', '    appendix: 4\n    place: survey\n'))).toThrow(/catalogue\.place: an appendix rests on the clause that introduces it/);
    expect(() => source(MANIFEST.replace('needs: forms.sheet', 'needs: forms.nothing'))).toThrow(/needs: "forms\.nothing"/);
  });

  it('every manifest in templates/ parses against its pack, and its form keys are forms of the pack', () => {
    for (const id of readdirSync('templates')) {
      const pack = packById(id);
      expect(pack, id).toBeDefined();
      const set = parseTemplateSet(readFileSync(`templates/${id}/templates.yaml`, 'utf8'), id, pack!.appendices, pack!.params);
      // every document rests on a clause of the pack: its appendix's, or its place's in the pack's params
      for (const [key, d] of Object.entries(set.documents)) expect(d.clause, `${id}: ${key}`).toBe(d.place !== undefined ? pack!.params[d.place]!.clause : pack!.appendices.find((a) => a.no === d.appendix)?.clause);
      for (const d of Object.values(set.documents)) expect(d.clause, `${id}: ${d.file}`).toMatch(/^(Decision No\. \d+ )?(cl\.|App\.) \d/);
      for (const key of Object.keys(set.forms)) expect(Object.keys(pack!.forms), `${id}: ${key}`).toContain(key);
      for (const [key, f] of Object.entries(set.forms)) {
        const a = pack!.appendices.find((x) => x.formKey === key);
        expect(f.appendix, `${id}: ${key}`).toBe(a?.no);
      }
    }
  });
});

describe('which documents a package yields', () => {
  it('each filled form with a template, and each document whose need the package meets', () => {
    const ts = source();
    expect(names(packageJobs('p', pkg({ plan: {} }), () => ts, () => undefined))).toEqual(['p.plan']);
    expect(names(packageJobs('p', pkg({ plan: {}, sheet: {} }), () => ts, () => undefined))).toEqual(['p.plan', 'p.sheet', 'p.catalogue']);
    expect(names(packageJobs('p', pkg({ plan: {} }, { date: '2020-12-20' }), () => ts, () => undefined))).toEqual(['p.plan', 'p.protocol']);
    // a form of the package that has no template makes nothing; a «blank» document never comes from a package
    expect(names(packageJobs('p', pkg({ unknownForm: {} }), () => ts, () => undefined))).toEqual([]);
  });

  it('a session given by reference is loaded through the caller; the date is the period end', () => {
    const ts = source();
    const refs: string[] = [];
    const jobs = packageJobs('p', pkg({}, { ref: 'sessions/s.yaml' }), () => ts, (ref) => { refs.push(ref); return { date: '2020-12-20' }; });
    expect(refs).toEqual(['sessions/s.yaml']);
    // data reaches the Markdown with its dots stood in for (data-text.ts): decoded, it is the date as the acts write it
    expect(jobs.map((j) => [j.name, j.date, decodeValue(j.markdown).trim()])).toEqual([['p.protocol', '2020-12-31', 'Хаттама 20.12.2020']]);
  });

  it('not a package: a plain refusal in three languages', () => {
    const ts = source();
    expect(() => packageJobs('p', [1, 2], () => ts, () => undefined)).toThrow(PlanError);
    try {
      packageJobs('p', { forms: {} }, () => ts, () => undefined);
    } catch (e) {
      expect((e as PlanError).text).toEqual({ kk: '«methodology» кілті жоқ', ru: 'нет ключа «methodology»', en: 'missing «methodology»' });
    }
  });
});

describe('blank forms', () => {
  it('by appendix number (forms and reference tables alike), by key, or all', () => {
    const ts = source();
    expect(names(blankJobs(ts, '1'))).toEqual(['test-id.plan.blank']);
    expect(names(blankJobs(ts, '4'))).toEqual(['test-id.catalogue.blank']);
    expect(names(blankJobs(ts, 'freeForm'))).toEqual(['test-id.freeForm.blank']);
    expect(names(blankJobs(ts, 'all'))).toHaveLength(6);
    expect(() => blankJobs(ts, '3')).toThrow(/has no appendix or document «3» \(have: 1 \(plan\), 2 \(sheet\), freeForm, protocol, 4 \(catalogue\), survey\)/);
  });
});
