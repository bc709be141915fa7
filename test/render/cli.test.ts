/** `bagalau render` and `bagalau templates check` as a user runs them (the built CLI in a child process). */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './tools.js';
import { tempDir } from '../temp.js';

// these tests read the English messages
const cli = (args: string[]) => spawnSync('node', ['dist/src/cli/main.js', ...args, ...(args.includes('--lang') ? [] : ['--lang', 'en'])], { encoding: 'utf8' });

beforeAll(() => ensureBuilt(), 120_000);

describe('bagalau render', () => {
  it('a batch goes on past a bad package, reports it by file, and exits non-zero', () => {
    const dir = tempDir('bagalau-cli-');
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    copyFileSync('test/render/fixtures/asa-b-managerial.yaml', join(inDir, 'a-good.yaml'));
    writeFileSync(join(inDir, 'b-bad.yaml'), 'methodology: asa-b-model\nservant: [1, 2\n');
    writeFileSync(join(inDir, 'c-unknown.yaml'), 'methodology: no-such-methodology\n');
    const r = cli(['render', inDir, '--format', 'pdf', '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('b-bad.yaml');
    expect(r.stderr).toContain('c-unknown.yaml');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a-good.calibrationOrder.pdf', 'a-good.calibrationProtocol.pdf', 'a-good.managerialSheet.pdf']);
  });

  it('a clean batch exits 0 and writes no temporary files', () => {
    const dir = tempDir('bagalau-cli-');
    const r = cli(['render', 'test/render/fixtures/asa-b-managerial.yaml', '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['asa-b-managerial.calibrationOrder.docx', 'asa-b-managerial.calibrationOrder.pdf', 'asa-b-managerial.calibrationProtocol.docx', 'asa-b-managerial.calibrationProtocol.pdf', 'asa-b-managerial.managerialSheet.docx', 'asa-b-managerial.managerialSheet.pdf']);
  });

  it('--blank by appendix number, and a clear one-line error for an appendix that does not exist', () => {
    const dir = tempDir('bagalau-cli-');
    const ok = cli(['render', '--blank', 'asa-b-model', '2', '--format', 'docx', '--out', dir]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['asa-b-model.nonManagerialSheet.blank.docx']);
    const bad = cli(['render', '--blank', 'asa-b-model', '9', '--out', dir]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('no appendix or document «9»');
  });

  it('a methodology id cannot be a path', () => {
    const dir = tempDir('bagalau-cli-');
    const r = cli(['render', '--order', '../asa-b-model', '--out', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a methodology id');
  });

  it('the order of asa-b-model renders as one document', () => {
    const dir = tempDir('bagalau-cli-');
    const r = cli(['render', '--order', 'asa-b-model', '--format', 'pdf', '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'asa-b-model.order.pdf'))).toBe(true);
  });
});

/** A templates folder of asa-b-model with one form template `m.md.hbs` of the given text, beside a copy of its schemas. */
function templateDir(template: string): string {
  const dir = tempDir('bagalau-tpl-');
  mkdirSync(join(dir, 'templates/asa-b-model'), { recursive: true });
  mkdirSync(join(dir, 'schemas'));
  spawnSync('cp', ['-r', 'schemas/asa-b-model', join(dir, 'schemas/')]);
  writeFileSync(join(dir, 'templates/asa-b-model/templates.yaml'), 'methodology: asa-b-model\ndate: "2018-01-16"\ntitle: t\nforms:\n  managerialSheet:\n    file: m.md.hbs\n');
  writeFileSync(join(dir, 'templates/asa-b-model/m.md.hbs'), template);
  return dir;
}

describe('bagalau templates check', () => {
  it('passes on the repository and fails on a template reading a field its schema lacks', () => {
    expect(cli(['templates', 'check']).status).toBe(0);
    const dir = templateDir('{{field form.evaluator.nam 10}}\n');
    const r = cli(['templates', 'check', '--templates', join(dir, 'templates')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('form.evaluator.nam is not in the form\'s schema');
    expect(r.stdout).toContain('required field form.grades.*.grade does not appear');
    // the same problems in the officer's languages
    const ru = cli(['templates', 'check', '--templates', join(dir, 'templates'), '--lang', 'ru']);
    expect(ru.stdout).toContain('form.evaluator.nam нет в схеме формы');
    expect(ru.stdout).toContain('обязательное поле form.grades.*.grade в шаблоне не выводится');
    const kk = cli(['templates', 'check', '--templates', join(dir, 'templates'), '--lang', 'kk']);
    expect(kk.stdout).toContain('form.evaluator.nam нысан схемасында жоқ');
    expect(kk.stdout).not.toContain('is not in');
  });
  it('a template Handlebars cannot read is named with the line, in the chosen language', () => {
    const dir = templateDir('a\n{{#each form.grades}}\n{{> part}}\n{{/each}}\n');
    const ru = cli(['templates', 'check', '--templates', join(dir, 'templates'), '--lang', 'ru']);
    expect(ru.status).toBe(1);
    expect(ru.stdout).toContain('m.md.hbs:3: partials и decorators в шаблонах не разрешены');
  });
  it('a templates.yaml it cannot read is that methodology\'s problem, in the chosen language; the others are still checked', () => {
    const dir = templateDir('{{field form.evaluator.name 10}}\n');
    // a second methodology whose manifest is not YAML
    mkdirSync(join(dir, 'templates/mic-2018'));
    writeFileSync(join(dir, 'templates/mic-2018/templates.yaml'), 'methodology: mic-2018\n  title: [\n');
    const manifest = join(dir, 'templates/asa-b-model/templates.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"2018-01-16"', '"2018-1-16"'));
    const ru = cli(['templates', 'check', '--templates', join(dir, 'templates'), '--lang', 'ru']);
    expect(ru.status, ru.stderr).toBe(1);
    expect(ru.stderr).toBe('');
    expect(ru.stdout).toMatch(/asa-b-model\/templates\.yaml template-error: date должна иметь вид ГГГГ-ММ-ДД/);
    expect(ru.stdout).toMatch(/mic-2018\/templates\.yaml template-error: не читается как YAML: .*line 1/);
    const kk = cli(['templates', 'check', '--templates', join(dir, 'templates'), '--lang', 'kk']);
    expect(kk.stdout).toContain('date ЖЖЖЖ-АА-КК (YYYY-MM-DD) түрінде болуы керек');
    expect(kk.stdout).toContain('YAML ретінде оқылмады');
    // render meets the same manifest: a message in the user's language, not an internal error
    const out = join(dir, 'out');
    const r = cli(['render', 'samples/asa-b-model/valid.yaml', '--templates', join(dir, 'templates'), '--out', out, '--lang', 'ru']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('date должна иметь вид ГГГГ-ММ-ДД');
    expect(r.stderr).not.toMatch(/внутренняя ошибка|internal error/);
  });
});

describe('bagalau render: packages the act does not allow, and name clashes', () => {
  it('an invalid package is not rendered; the message names the place and the act\'s values', () => {
    const dir = tempDir('bagalau-cli-');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'methodology: asa-b-model\nservant: {fullName: A, position: B, category: C-4, body: D, appointedOn: "2024-01-01"}\nperiod: {from: "2026-01-01", to: "2026-03-31"}\nforms:\n  managerialSheet:\n    evaluator: {name: X, position: Y}\n    grades: []\n    average: 4\n    result: жақсы\n');
    const r = cli(['render', bad, '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('9:13 /forms/managerialSheet/result: «App. 1: evaluation sheet of a person holding a managerial position» › «result (cl. 21)»: value must be one of the act\'s values');
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });
  it('two packages with the same file name in different folders do not overwrite each other', () => {
    const dir = tempDir('bagalau-cli-');
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, 'in', sub), { recursive: true });
      copyFileSync('test/render/fixtures/asa-b-managerial.yaml', join(dir, 'in', sub, 'valid.yaml'));
    }
    const r = cli(['render', join(dir, 'in'), '--format', 'pdf', '--out', join(dir, 'out')]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.includes('managerialSheet')).sort()).toEqual(['valid-2.managerialSheet.pdf', 'valid.managerialSheet.pdf']);
  });
});

describe('bagalau render: notes beside the document, and all or none', () => {
  it('editorial notes go to stderr and, with --notes, to <name>.notes.txt; without --notes no notes file', () => {
    const dir = tempDir('bagalau-cli-');
    const r = cli(['render', '--blank', 'mic-2018', '1', '--format', 'docx', '--notes', '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['mic-2018.workPlan.blank.docx', 'mic-2018.workPlan.blank.notes.txt']);
    expect(r.stderr).toContain('mic-2018.workPlan.blank: note (in Kazakh): «Қайта құрылған нысан.');
    expect(readFileSync(join(dir, 'mic-2018.workPlan.blank.notes.txt'), 'utf8')).toContain('Қайта құрылған нысан.');
    const plain = tempDir('bagalau-cli-');
    expect(cli(['render', '--blank', 'mic-2018', '1', '--format', 'docx', '--out', plain]).status).toBe(0);
    expect(readdirSync(plain)).toEqual(['mic-2018.workPlan.blank.docx']);
  });

  it('a letter the font lacks in one document leaves nothing of the package on disk', () => {
    const dir = tempDir('bagalau-cli-');
    const src = readFileSync('test/render/fixtures/asa-b-managerial.yaml', 'utf8');
    // a session member (in the calibration order and protocol, rendered after the sheet) has a letter Tinos lacks
    writeFileSync(join(dir, 'p.yaml'), src.replaceAll('Ғабитов Ілияс Қайратұлы', 'Ғабитов Ілияс 評'));
    const r = cli(['render', join(dir, 'p.yaml'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('U+8A55');
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
    // the same package without it renders every document
    writeFileSync(join(dir, 'q.yaml'), src);
    expect(cli(['render', join(dir, 'q.yaml'), '--out', join(dir, 'out')]).status).toBe(0);
    expect(readdirSync(join(dir, 'out')).length).toBe(6);
  });
});

describe('bagalau render: the wording in force', () => {
  const json = (args: string[]): { status: number | null; stderr: string; out: { documents: { name: string; wording: { date: string }; asOf: string; warnings: { id: string; message: string }[] }[] } } => {
    const r = cli(args);
    return { status: r.status, stderr: r.stderr, out: r.status === 0 ? JSON.parse(r.stdout) : { documents: [] } };
  };
  it('says which wording it used; warns of an amendment in force that we do not hold, and not before it', () => {
    const dir = tempDir('bagalau-cli-');
    const after = json(['render', '--blank', 'asa-b-model', '1', '--format', 'docx', '--out', dir, '--json', '--lang', 'en', '--wording', '2026-08-01']);
    expect(after.status, after.stderr).toBe(0);
    const doc = after.out.documents[0];
    expect(doc?.wording.date).toBe('2025-07-28');
    expect(doc?.asOf).toBe('2026-08-01');
    expect(doc?.warnings.map((w) => w.id)).toEqual(['amendment-not-held']);
    expect(doc?.warnings[0]?.message).toMatch(/^Order No. 52 of 31.03.2026 .* amends .*App. 1, App. 2 from 2026-07-11; we do not hold its text/);
    const before = json(['render', '--blank', 'asa-b-model', '1', '--format', 'docx', '--out', dir, '--json', '--wording', '2026-01-01']);
    expect(before.out.documents[0]?.warnings).toEqual([]);
    // the text form: on stderr, in the language asked for
    const text = cli(['render', '--blank', 'asa-b-model', '1', '--format', 'docx', '--out', dir, '--lang', 'ru', '--wording', '2026-08-01']);
    // the wording's label says «редакция» itself: not twice
    expect(text.stderr).toMatch(/^asa-b-model: в редакции приказа Председателя Агентства .* — по состоянию на 01\.08\.2026$/m);
    expect(text.stderr).toContain('asa-b-model: предупреждение: приказ Председателя Агентства РК по делам государственной службы от 31.03.2026 № 52 с 11.07.2026 изменяет');
  });
  it('a repealed act\'s document is rendered on request with a warning; a bad date is a usage error', () => {
    const dir = tempDir('bagalau-cli-');
    const r = json(['render', '--order', 'kyzylorda-maslikhat-2018', '--format', 'docx', '--out', dir, '--json', '--wording', '2024-01-01']);
    expect(r.out.documents[0]?.warnings.map((w) => w.id)).toEqual(['repealed']);
    const inForce = json(['render', '--order', 'kyzylorda-maslikhat-2018', '--format', 'docx', '--out', dir, '--json', '--wording', '2022-01-01']);
    expect(inForce.out.documents[0]?.warnings).toEqual([]);
    // typed as officials write a day, the same wording
    const dotted = json(['render', '--order', 'kyzylorda-maslikhat-2018', '--format', 'docx', '--out', dir, '--json', '--wording', '01.01.2024']);
    expect(dotted.out.documents[0]?.warnings.map((w) => w.id)).toEqual(['repealed']);
    const bad = cli(['render', '--order', 'kyzylorda-maslikhat-2018', '--out', dir, '--wording', '2024-02-30']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--wording: «2024-02-30» is not a date; write it as 2026-12-04 or 04.12.2026');
  });
});
