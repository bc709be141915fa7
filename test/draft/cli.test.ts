/** `bagalau draft` as a user runs it: the built CLI in a child process. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';
import { buildIfStale } from '../built.js';

const cli = (args: string[]) => spawnSync('node', ['dist/src/cli/main.js', ...args], { encoding: 'utf8' });
const tmp = (): string => tempDir('bagalau-draft-');

// the draft CLI must be current (tsc emits even when another area fails to type-check); rebuilt only when stale
beforeAll(buildIfStale, 120_000);

describe('bagalau draft check', () => {
  it('exit 0 for a draft with no error, 1 with an error', () => {
    expect(cli(['draft', 'check', 'samples/drafts/ok.md', '--no-model']).status).toBe(0);
    const r = cli(['draft', 'check', 'samples/drafts/reference-self.md', '--no-model', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/33:\d+\s+error\s+Clause 4 refers to itself/);
  });
  it('JSON output has the shared shape, and an unreadable file is a finding `input` with exit 2; the batch goes on', () => {
    const r = cli(['draft', 'check', 'samples/drafts/ok.md', 'samples/drafts/no-such-draft.md', '--format', 'json', '--no-model']);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as { version: number; results: Array<{ file: string; findings: Array<{ ruleId: string }> }>; summary: { files: number; errors: number } };
    expect(out.version).toBe(1);
    expect(out.results.map((x) => x.file)).toEqual(['samples/drafts/ok.md', 'samples/drafts/no-such-draft.md']);
    expect(out.results[1]?.findings.map((f) => f.ruleId)).toEqual(['input']);
    expect(out.summary).toMatchObject({ files: 2, errors: 1 });
  });
  it('a published .txt is imported on the fly and findings point at its own lines', () => {
    const r = cli(['draft', 'check', 'samples/drafts/published/004_c35c6965a291465c.txt', '--format', 'json', '--date', '2026-01-15']);
    const out = JSON.parse(r.stdout) as { results: Array<{ findings: Array<{ ruleId: string; place?: { line: number } }> }> };
    const self = out.results[0]?.findings.find((f) => f.ruleId === 'draft/reference-self');
    const lines = readFileSync('samples/drafts/published/004_c35c6965a291465c.txt', 'utf8').split('\n');
    expect(lines[(self?.place?.line ?? 0) - 1]).toContain('5-тармақта белгіленген');
  });
  it('a Word file, a draft nested 2,000 deep and a .txt in one batch: DOCX places are paragraphs, the nested one is an input finding, the batch goes on', async () => {
    const { renderMarkdown } = await import('../../src/render/index.js');
    const dir = tmp();
    const md = readFileSync('test/draft/cases/faithful.md', 'utf8').replace('бес жұмыс күні ішінде "Б"', 'бес күнтізбелік күн ішінде "Б"');
    writeFileSync(join(dir, 'draft.docx'), await renderMarkdown(md, { format: 'docx', meta: { title: 'draft', date: '2026-01-15', language: 'kk-KZ' } }));
    writeFileSync(join(dir, 'nested.md'), `${'- '.repeat(2000)}x\n`);
    const r = cli(['draft', 'check', join(dir, 'draft.docx'), join(dir, 'nested.md'), 'samples/drafts/published/000_f0867a3cdc66af81.txt', '--format', 'json', '--date', '2026-01-15', '--lang', 'en']);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as { results: Array<{ findings: Array<{ ruleId: string; place?: { line: number }; message: { en: string }; facts?: Record<string, unknown> }> }> };
    const dev = out.results[0]?.findings.find((f) => f.ruleId === 'draft/model-parameter-deviation');
    expect(dev?.facts?.['paragraph']).toBe(dev?.place?.line);
    expect(dev?.message.en).toMatch(/\[paragraph \d+: «11\. Бағалау нәтижелерімен келіспеген/);
    expect(out.results[1]?.findings.map((f) => [f.ruleId, f.place?.line])).toEqual([['input', 1]]);
    // .txt: the line a message names is a line of the .txt, as the place is.
    const abbr = out.results[2]?.findings.find((f) => f.ruleId === 'draft/abbreviation-before-definition');
    const defined = Number(/defined at line (\d+)/.exec(abbr?.message.en ?? '')?.[1]);
    expect(readFileSync('samples/drafts/published/000_f0867a3cdc66af81.txt', 'utf8').split('\n')[defined - 1]).toContain('(бұдан әрі – НМИ)');
  }, 120_000);
  it('the library reads a Word file as the command does: the same DOCX gives the same findings at the same paragraphs; a broken one is an input finding', async () => {
    const { renderMarkdown } = await import('../../src/render/index.js');
    const { draftCheck } = await import('../../src/index.js');
    const dir = tmp();
    const md = readFileSync('test/draft/cases/faithful.md', 'utf8')
      .replace('бес жұмыс күні ішінде "Б"', 'бес күнтізбелік күн ішінде "Б"')
      .replace('8. Бағалау нәтижелері мынадай', '7. Бағалау нәтижелері мынадай');
    const bytes = await renderMarkdown(md, { format: 'docx', meta: { title: 'draft', date: '2026-01-15', language: 'kk-KZ' } });
    writeFileSync(join(dir, 'draft.docx'), bytes);
    const r = cli(['draft', 'check', join(dir, 'draft.docx'), '--format', 'json', '--date', '2026-01-15']);
    type F = { ruleId: string; severity: string; place?: unknown; message: unknown; facts?: unknown };
    const viaCli = (JSON.parse(r.stdout) as { results: Array<{ findings: F[] }> }).results[0]?.findings ?? [];
    const viaLib = draftCheck(bytes, { date: '2026-01-15' }).findings;
    const shape = (f: F) => ({ ruleId: f.ruleId, severity: f.severity, place: f.place, message: f.message, facts: f.facts });
    expect(viaCli.length).toBeGreaterThanOrEqual(2);
    expect(viaLib.map(shape)).toEqual(viaCli.map(shape));
    // Places are paragraphs in both (the deviation names its paragraph), not lines of some text rendering.
    expect(viaLib.find((f) => f.ruleId === 'draft/model-parameter-deviation')?.message.en).toMatch(/\[paragraph \d+: «11\. /);
    const broken = draftCheck(new Uint8Array([80, 75, 3, 4, 1, 2]), { date: '2026-01-15' }).findings;
    expect(broken.map((f) => f.ruleId)).toEqual(['input']);
    expect(broken[0]?.message.en).toMatch(/Word|DOCX/);
  }, 120_000);
  it('SARIF output names the rules', () => {
    const r = cli(['draft', 'check', 'samples/drafts/band-gap.md', '--format', 'sarif', '--no-model']);
    expect(r.stdout).toContain('draft/band-gap');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
  it('--alignment writes a report, Markdown or HTML by extension', () => {
    const dir = tmp();
    for (const name of ['al.md', 'al.html']) {
      const r = cli(['draft', 'check', 'samples/drafts/published/004_c35c6965a291465c.txt', '--alignment', join(dir, name), '--date', '2026-01-15']);
      expect(r.status).toBe(1);
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text).toContain(name.endsWith('.html') ? '<!doctype html>' : '# Жобаны Үлгілік әдістемемен салыстыру');
      // Kazakh names the clauses «Үлгілік әдістеменің 12-тармағы ↔ Жобаның 13-тармағы (…-жол)».
      expect(text).toMatch(/Үлгілік әдістеменің 12-тармағы ↔ Жобаның 13-тармағы \(\d+-жол\)/);
    }
  });
  it('usage errors are one line and exit 2', () => {
    for (const args of [['--date', '2026-02-30'], ['--format', 'xml'], ['--alignment', 'x.pdf']]) {
      const r = cli(['draft', 'check', 'samples/drafts/ok.md', ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  });
  it('a .doc, an .odt and an .rtf each say what they are and what to do (they were «not valid UTF-8 text»); a Word file with tracked changes says it holds them; the batch goes on', async () => {
    const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
    const { wordDraft } = await import('./word-author.js');
    const files = unzipSync(await wordDraft(readFileSync('test/draft/cases/faithful.md', 'utf8'), { clauseRestart: 0 }));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const at = xml.indexOf('<w:t xml:space="preserve">Бағалау нәтижелерімен келіспеген');
    expect(at).toBeGreaterThan(0);
    files['word/document.xml'] = strToU8(`${xml.slice(0, at)}</w:r><w:ins w:id="1" w:author="Айгүл" w:date="2026-11-30T10:00:00Z"><w:r><w:t xml:space="preserve"> </w:t></w:r></w:ins><w:r>${xml.slice(at)}`);
    const tracked = join(tmp(), 'tracked.docx');
    writeFileSync(tracked, zipSync(files));
    const batch = ['test/draft/fixtures/old-word.doc', 'test/draft/fixtures/writer.odt', 'test/draft/fixtures/wordpad.rtf', tracked];
    const r = cli(['draft', 'check', ...batch, '--format', 'json', '--date', '2026-01-15']);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as { results: Array<{ findings: Array<{ ruleId: string; severity: string; message: { kk: string; ru: string; en: string }; place?: { line: number } }> }> };
    const [doc, odt, rtf, word] = out.results;
    expect(doc?.findings.map((f) => f.ruleId)).toEqual(['input']);
    expect(doc?.findings[0]?.message.en).toBe('Cannot read the file: cannot read the Word file: this is a Word 97–2003 document (.doc), or a password-protected Word file (remove the password), which is not read: open it in Word and save it as «Word Document (*.docx)» (File → Save As), or convert it: libreoffice --headless --convert-to docx FILE; then check the .docx');
    expect(odt?.findings[0]?.message.ru).toMatch(/^Не удалось прочитать файл: не удаётся прочитать файл Word: это текст OpenDocument \(\.odt, LibreOffice Writer\), такой файл не читается: откройте его в LibreOffice Writer и сохраните как «Word 2007–365 \(\.docx\)»/);
    expect(odt?.findings[0]?.message.kk).toMatch(/OpenDocument мәтіні \(\.odt, LibreOffice Writer\), ол оқылмайды: файлды LibreOffice Writer-де ашып, «Word 2007–365 \(\.docx\)» түрінде сақтаңыз/);
    expect(rtf?.findings[0]?.message.en).toMatch(/this is an RTF file, which is not read: open it in Word and save it as/);
    expect(word?.findings.map((f) => `${f.severity} ${f.ruleId} ${f.place?.line}`)).toEqual(['warning draft/unaccepted-changes 48']);
    const text = cli(['draft', 'check', tracked, '--lang', 'ru', '--date', '2026-01-15']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/48:1\s+предупреждение\s+В файле Word остались непринятые исправления \(1 вставка\)/);
    // import says so on stderr, in the user's language; the Markdown is the accepted text
    const imported = cli(['draft', 'import', tracked, '--lang', 'en']);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^11\\\. Бағалау нәтижелерімен келіспеген/m);
    expect(imported.stderr).toBe(`${tracked}: the Word file holds 1 tracked change not yet accepted: the Markdown is the text with every change accepted.\n`);
    expect(cli(['draft', 'import', tracked, '--lang', 'kk']).stderr).toBe(`${tracked}: Word файлында қабылданбаған 1 түзету бар: Markdown — барлық түзетулер қабылданған мәтін.\n`);
    const clean = join(tmp(), 'clean.docx');
    writeFileSync(clean, await wordDraft(readFileSync('test/draft/cases/faithful.md', 'utf8'), { clauseRestart: 0 }));
    expect(cli(['draft', 'import', clean]).stderr).toBe('');
  }, 120_000);
});

describe('bagalau draft import and render', () => {
  it('import writes Markdown that checks the same as the .txt', () => {
    const dir = tmp();
    const out = join(dir, '000.md');
    expect(cli(['draft', 'import', 'samples/drafts/published/000_f0867a3cdc66af81.txt', '-o', out]).status).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# /);
    expect(md).toContain('### 5-тарау.');
    const a = JSON.parse(cli(['draft', 'check', out, '--format', 'json', '--date', '2026-01-15']).stdout) as { summary: unknown };
    const b = JSON.parse(cli(['draft', 'check', 'samples/drafts/published/000_f0867a3cdc66af81.txt', '--format', 'json', '--date', '2026-01-15']).stdout) as { summary: unknown };
    expect(a.summary).toEqual(b.summary);
  });
  it('import of a missing file is a usage error', () => {
    const r = cli(['draft', 'import', 'nope.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope.txt');
  });
  it('render writes DOCX and PDF through src/render', () => {
    const dir = tmp();
    const r = cli(['draft', 'render', 'samples/drafts/ok.md', '--format', 'both', '--out', dir, '--date', '2026-11-22']);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'ok.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'ok.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
  it('render of a file that is not UTF-8 is a usage error', () => {
    const dir = tmp();
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
    const r = cli(['draft', 'render', bad, '--out', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('UTF-8');
  });
});
