/** The render engine, rule by rule: each convention has a passing and a breaking case. */
import { describe, expect, it, vi, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';
import { markdownToModel, MarkdownError } from '../../src/render/markdown.js';
import { compileTemplate, TemplateError } from '../../src/render/template.js';
import { renderMarkdown, MissingGlyphError } from '../../src/render/index.js';
import { checkContract, pathExists, requiredPaths } from '../../src/render/template-check.js';
import { parseTemplateSet, fillDocument } from '../../src/render/documents.js';
import { safeOutputPath, loadFonts } from '../../src/cli/render.js';
import { ensureBuilt } from './tools.js';
import type { Paragraph, Table } from '../../src/render/model.js';

const meta = { title: 'Сынақ', date: '2026-07-15', language: 'kk-KZ' };
const model = (md: string) => markdownToModel(md, { meta });
const text = (p: Paragraph) => p.runs.map((r) => r.text).join('');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('Markdown conventions → document model', () => {
  it('a heading is centred bold; a body paragraph is justified with a first-line indent', () => {
    const [h, p] = model('# Бағалау парағы\n\nМәтін.').blocks as Paragraph[];
    expect(h?.align).toBe('center');
    expect(h?.runs[0]?.bold).toBe(true);
    expect(p?.align).toBe('justify');
    expect(p?.firstLineMm).toBeGreaterThan(10);
  });
  it('a block quote is the right-hand block (appendix caption), keeping its line breaks', () => {
    const [c] = model('> Үлгілік әдістемесіне\\\n> 1-қосымша').blocks as Paragraph[];
    expect(c?.indentLeftMm).toBeGreaterThan(80);
    expect(text(c as Paragraph)).toBe('Үлгілік әдістемесіне\n1-қосымша');
  });
  it('paragraph attributes set alignment and size; an unknown one is an error', () => {
    const [p] = model('Нысан {.right .small}').blocks as Paragraph[];
    expect(p?.align).toBe('right');
    expect(text(p as Paragraph)).toBe('Нысан');
    expect(p?.sizePt).toBeLessThan(14);
    expect(() => model('Нысан {.rigth}')).toThrow(MarkdownError);
  });
  it('escaped braces from data are text, not attributes', () => {
    const [p] = model('Аты \\{.right\\}').blocks as Paragraph[];
    expect(p?.align).toBe('justify');
    expect(text(p as Paragraph)).toBe('Аты {.right}');
  });
  it('a GFM table keeps its header row and the widths comment; a widths comment of the wrong length is an error', () => {
    const t = model('<!-- widths: 1 3 -->\n| А | Б |\n| --- | --- |\n| 1 | 2 |').blocks[0] as Table;
    expect(t.kind).toBe('table');
    expect(t.headerRows).toBe(1);
    expect(t.widths[1]).toBeCloseTo(0.75);
    expect(() => model('<!-- widths: 1 2 3 -->\n| А | Б |\n| --- | --- |\n| 1 | 2 |')).toThrow(/widths/);
  });
  it('a signature block is a borderless two-column table; an unknown fenced block is an error', () => {
    const t = model('```signature\nТөраға | А. Б. Әлиев\n```').blocks[0] as Table;
    expect(t.borders).toBe(false);
    expect(text(t.rows[0]?.[1]?.paragraphs[0] as Paragraph)).toBe('А. Б. Әлиев');
    expect(() => model('```js\nx\n```')).toThrow(MarkdownError);
  });
  it('a thematic break is a page break', () => {
    expect(model('а\n\n***\n\nә').blocks.map((b) => b.kind)).toEqual(['paragraph', 'pageBreak', 'paragraph']);
  });
  it('front matter sets the type size; an unknown key is an error', () => {
    expect(model('---\nfontSize: 12\n---\nа').page.fontSizePt).toBe(12);
    expect(() => model('---\nfontsize: 12\n---\nа')).toThrow(/unknown key/);
  });
});

describe('templates', () => {
  it('strict: a plain field that the data lacks is an error, not an empty line', () => {
    const f = compileTemplate('Аты: {{servant.fullName}}', 't1');
    expect(f({ servant: { fullName: 'Әлиев' } })).toBe('Аты: Әлиев');
    expect(() => f({ servant: {} })).toThrow(TemplateError);
  });
  it('only our helpers: an unknown helper is rejected', () => {
    expect(() => compileTemplate('{{lookup servant "x"}}', 't2')({ servant: {} })).toThrow(TemplateError);
  });
  it('field prints the value or the underscores of the blank form', () => {
    const f = compileTemplate('{{field form.x 5}}', 't3');
    expect(f({ form: { x: 'Иә' } })).toBe('Иә');
    expect(f({ form: {} })).toBe('\\_\\_\\_\\_\\_');
  });
  it('nested paths work on a blank form (the skeleton), numbers get a decimal comma', () => {
    const f = compileTemplate('[{{num form.grades.[1].grade}}]', 't4');
    expect(f({ form: {} })).toBe('[]');
    expect(f({ form: { grades: [{ grade: 5 }, { grade: 2.99 }] } })).toBe('[2,99]');
  });
  it('data cannot inject Markdown: a name with * | < stays text in the model', () => {
    const name = 'А*б* | <b>В</b> _Г_ # 1.';
    const md = compileTemplate('| Аты |\n| --- |\n| {{servant.fullName}} |', 't5')({ servant: { fullName: name } });
    const t = model(md).blocks[0] as Table;
    expect(t.rows.length).toBe(2);
    expect(text(t.rows[1]?.[0]?.paragraphs[0] as Paragraph)).toBe(name);
  });
  it('partials and block parameters are refused', () => {
    expect(() => fillDocument('x.md.hbs', '{{> other}}', { methodology: { id: 'x', title: 'x' } })).toThrow(TemplateError);
  });
});

describe('template ↔ schema contract', () => {
  const formSchema = {
    type: 'object',
    required: ['grades', 'result'],
    properties: {
      grades: { type: 'array', items: { type: 'object', required: ['grade'], properties: { grade: { type: 'number' }, comment: { type: 'string' } } } },
      result: { type: 'string' },
    },
  };
  const packageSchema = { type: 'object', properties: { servant: { type: 'object', properties: { fullName: { type: 'string' } } } } };
  it('passes when every path exists and every required field is used', () => {
    const src = '{{servant.fullName}} {{#each form.grades}}{{num grade}}{{/each}} {{field form.result 4}}';
    expect(checkContract({ name: 'ok', source: src, formSchema, packageSchema })).toEqual([]);
  });
  it('reports a path the schema lacks, with its line', () => {
    const p = checkContract({ name: 'bad', source: '{{#each form.grades}}{{num grade}}{{/each}}\n{{field form.reslt 4}} {{field form.result 1}}', formSchema, packageSchema });
    expect(p.map((x) => [x.kind, x.line])).toEqual([['unknown-path', 2]]);
  });
  it('reports a required field the template never shows', () => {
    const p = checkContract({ name: 'bad2', source: '{{field form.result 4}}', formSchema, packageSchema });
    expect(p.map((x) => x.message.en)).toEqual(['required field form.grades.*.grade does not appear in the template']);
    expect(p.map((x) => x.message.kk)).toEqual(['міндетті өріс form.grades.*.grade үлгіде жоқ']);
  });
  it('index access counts for array items; $ref and anyOf are followed', () => {
    const s = { $defs: { G: { type: 'object', properties: { g: {} } } }, type: 'object', properties: { a: { anyOf: [{ type: 'array', items: { $ref: '#/$defs/G' } }, { type: 'null' }] } } };
    expect(pathExists(s, ['a', '3', 'g'])).toBe(true);
    expect(pathExists(s, ['a', '3', 'h'])).toBe(false);
    expect(requiredPaths(formSchema)).toEqual([['grades', '*', 'grade'], ['result']]);
  });
});

describe('template sets', () => {
  it('the asa-b-model manifest parses; a path in a file name is refused', () => {
    const text = readFileSync('templates/asa-b-model/templates.yaml', 'utf8');
    const set = parseTemplateSet(text, 'templates.yaml');
    expect(Object.keys(set.forms)).toEqual(['managerialSheet', 'nonManagerialSheet']);
    expect(() => parseTemplateSet(text.replace('file: managerialSheet.md.hbs', 'file: ../../etc/passwd.md'), 'x')).toThrow(/plain template file name/);
  });
});

describe('output names', () => {
  it('a name cannot leave the output folder', () => {
    expect(safeOutputPath('/tmp/out', 'пакет.managerialSheet.pdf')).toBe('/tmp/out/пакет.managerialSheet.pdf');
    expect(safeOutputPath('/tmp/out', '../../etc/passwd')).toBe('/tmp/out/etc_passwd');
    expect(safeOutputPath('/tmp/out', '..')).toBe('/tmp/out/document');
  });
});

describe('backends', () => {
  const fonts = loadFonts();
  const md = readFileSync('templates/asa-b-model/managerialSheet.md.hbs', 'utf8');
  const filled = fillDocument('managerialSheet.md.hbs', md, { methodology: { id: 'asa-b-model', title: 'x' } });
  afterEach(() => { vi.useRealTimers(); });

  it('DOCX bytes do not depend on the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    const a = await renderMarkdown(filled, { format: 'docx', meta });
    vi.setSystemTime(new Date('2031-12-31T23:59:59Z'));
    const b = await renderMarkdown(filled, { format: 'docx', meta });
    expect(sha(a)).toBe(sha(b));
    const core = strFromU8(unzipSync(a)['docProps/core.xml'] as Uint8Array);
    expect(core).toContain('2026-07-15T00:00:00Z');
    expect(strFromU8(unzipSync(a)['word/styles.xml'] as Uint8Array)).toContain('Times New Roman');
  });
  it('PDF bytes do not depend on the clock; a different date changes them', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    const a = await renderMarkdown(filled, { format: 'pdf', meta, fonts });
    vi.setSystemTime(new Date('2031-12-31T23:59:59Z'));
    const b = await renderMarkdown(filled, { format: 'pdf', meta, fonts });
    expect(sha(a)).toBe(sha(b));
    const c = await renderMarkdown(filled, { format: 'pdf', meta: { ...meta, date: '2026-07-16' }, fonts });
    expect(sha(c)).not.toBe(sha(a));
  });
  it('the same bytes in another time zone and locale (child process)', () => {
    const script = `import('${process.cwd()}/dist/src/render/index.js').then(async (m) => { const { loadFonts } = await import('${process.cwd()}/dist/src/cli/render.js'); const fs = await import('node:fs'); const md = fs.readFileSync('templates/asa-b-model/managerialSheet.md.hbs','utf8'); const { fillDocument } = await import('${process.cwd()}/dist/src/render/documents.js'); const f = fillDocument('m.md.hbs', md, { methodology: { id: 'a', title: 'b' } }); const c = await import('node:crypto'); const h = (b) => c.createHash('sha256').update(b).digest('hex'); const meta = ${JSON.stringify(meta)}; console.log(h(await m.renderMarkdown(f,{format:'docx',meta})), h(await m.renderMarkdown(f,{format:'pdf',meta,fonts:loadFonts()}))); })`;
    ensureBuilt(); // the child runs the built engine
    const run = (tz: string, lang: string) => execFileSync('node', ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz, LANG: lang, LC_ALL: lang }, encoding: 'utf8' }).trim();
    expect(run('Asia/Almaty', 'kk_KZ.UTF-8')).toBe(run('America/Los_Angeles', 'C'));
  }, 60_000);
  it('a letter the font lacks stops the PDF with a clear error, it is never dropped', async () => {
    await expect(renderMarkdown('Бағалау 評価', { format: 'pdf', meta, fonts })).rejects.toThrow(MissingGlyphError);
    await expect(renderMarkdown('Бағалау 評価', { format: 'pdf', meta, fonts })).rejects.toThrow(/U\+8A55/);
  });
});

describe('the repository: templates ↔ schemas', () => {
  it('every template of every methodology keeps the contract with schemas/ (bagalau templates check)', async () => {
    const { checkAllTemplates } = await import('../../src/cli/templates.js');
    const results = checkAllTemplates(`${process.cwd()}/templates`, `${process.cwd()}/schemas`);
    expect(results.length).toBeGreaterThan(0);
    expect(results.flatMap((r) => r.problems.map((p) => `${p.template}:${p.line ?? ''} ${p.message.en}`))).toEqual([]);
  });
  it('the render fixture is a valid package (so the filled forms show real data)', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const addFormats = ((await import('ajv-formats')) as unknown as { default: (a: unknown) => void }).default;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/asa-b-model/package.schema.json', 'utf8')) as object);
    const { parse } = await import('yaml');
    const ok = validate(parse(readFileSync('test/render/fixtures/asa-b-managerial.yaml', 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('dates and numbers as the acts write them', () => {
  it('date prints DD.MM.YYYY from the data; a non-date passes through, still data (never markup)', async () => {
    const { decodeValue } = await import('../../src/render/data-text.js');
    const f = compileTemplate('{{date session.formedBy.date}}|{{field x 3}}', 't-date');
    expect(decodeValue(f({ session: { formedBy: { date: '2025-02-03' } }, x: '2025-02-04' }))).toBe('03.02.2025|04.02.2025');
    expect(f({ session: { formedBy: { date: 'жоқ' } }, x: 'y' })).toBe('жоқ|y');
    const starred = f({ session: { formedBy: { date: '**x**' } }, x: 'y' });
    expect(starred).not.toContain('*');
    expect(decodeValue(starred)).toBe('**x**|y');
  });
});

describe('composed documents', () => {
  it('each part of an order keeps its own type sizes; a part without front matter returns to the page sizes', async () => {
    const { composeParts } = await import('../../src/render/documents.js');
    const md = composeParts(['---\nfontSize: 14\n---\nБұйрық', '---\nfontSize: 12\ntableFontSize: 10\n---\nНысан\n\n| А |\n| --- |\n| 1 |', 'Әдістеме']);
    const m = model(md);
    const [order, , form, table, , annex] = m.blocks as [Paragraph, unknown, Paragraph, Table, unknown, Paragraph];
    expect(m.page.fontSizePt).toBe(14);
    expect(order.sizePt).toBeUndefined();
    expect(form.sizePt).toBe(12);
    expect(table.rows[0]?.[0]?.paragraphs[0]?.sizePt).toBe(10);
    expect(annex.sizePt).toBeUndefined();
  });
});

describe('PDF layout', () => {
  it('a table row taller than a page is split across pages and nothing is drawn below the bottom margin', async () => {
    const { layout } = await import('../../src/render/pdf/layout.js');
    const { fontSet } = await import('../../src/render/pdf/font.js');
    const long = Array.from({ length: 300 }, (_, i) => `Жол ${i + 1}: бағалау нәтижесі туралы мәлімет.`).join('<br>');
    const m = model(`| № | Мәлімет |\n| --- | --- |\n| 1 | ${long} |\n| 2 | Соңғы жол |`);
    const pages = layout(m, fontSet(loadFonts()));
    expect(pages.length).toBeGreaterThan(3);
    const bottom = (m.page.marginBottomMm * 72) / 25.4;
    for (const p of pages) for (const op of p.ops) {
      const ys = op.kind === 'word' ? [op.y] : [op.y1, op.y2];
      for (const y of ys) expect(y).toBeGreaterThanOrEqual(bottom - 0.01);
    }
    const words = pages.flatMap((p) => p.ops.filter((o) => o.kind === 'word').map((o) => (o as { text: string }).text));
    expect(words).toContain('300:');
    expect(words).toContain('Соңғы');
  });
  it('a row that fits moves whole to the next page (the header row repeats there)', async () => {
    const { layout } = await import('../../src/render/pdf/layout.js');
    const { fontSet } = await import('../../src/render/pdf/font.js');
    const rows = Array.from({ length: 60 }, (_, i) => `| ${i + 1} | Қызметші ${i + 1} |`).join('\n');
    const m = model(`| № | Тақырып |\n| --- | --- |\n${rows}`);
    const pages = layout(m, fontSet(loadFonts()));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.ops.some((o) => o.kind === 'word' && o.text === 'Тақырып')).toBe(true);
  });
});
