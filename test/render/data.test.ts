/**
 * Issue 15, render side: data never becomes markup (values reach the document model as text), characters no
 * document may carry are refused with the field's place, output names are unique, bounded and safe on Windows.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTemplate, markdownToModel } from '../../src/render/index.js';
import type { Paragraph, Table } from '../../src/render/model.js';
import { dataProblems, decodeValue, encodeValue } from '../../src/render/data-text.js';
import { outputStem } from '../../src/cli/render.js';
import { ensureBuilt } from './tools.js';
import { tempDir } from '../temp.js';

const meta = { title: 't', date: '2026-01-01', language: 'kk-KZ' };
const text = (p: Paragraph | undefined): string => (p?.runs ?? []).map((r) => r.text).join('');
const fill = (src: string, view: Record<string, unknown>) => markdownToModel(compileTemplate(src, 't')(view), { meta });
const TABLE = '| № | Аты |\n| --- | --- |\n{{#each rows}}| {{inc @index}} | {{name}} |\n{{/each}}';

describe('data never becomes markup', () => {
  it('a CR or «|» in a value cannot forge a table row (passing and breaking case)', () => {
    const m = fill(TABLE, { rows: [{ name: 'Cell\r| FORGED | ROW |' }, { name: 'Екінші' }] });
    const t = m.blocks[0] as Table;
    expect(t.rows).toHaveLength(3);
    expect(text(t.rows[1]?.[1]?.paragraphs[0])).toBe('Cell\n| FORGED | ROW |');
    // what the old escaping let through: the same text written into the template is a forged row
    const forged = markdownToModel('| № | Аты |\n| --- | --- |\n| 1 | Cell\n| FORGED | ROW |\n| 2 | Екінші |\n', { meta }).blocks[0] as Table;
    expect(forged.rows).toHaveLength(4);
  });
  it('a line break in a signature name is a line break, not a literal «<br>»; Markdown in a value is text', () => {
    const m = fill('```signature\nТөраға | {{name}}\n```\n\n{{title}}\n', { name: 'Әлиев\nА. Б.', title: '# *Тақырып* {.right}' });
    const t = m.blocks[0] as Table;
    expect(text(t.rows[0]?.[1]?.paragraphs[0])).toBe('Әлиев\nА. Б.');
    expect(t.rows).toHaveLength(1);
    const p = m.blocks[1] as Paragraph;
    expect(text(p)).toBe('# *Тақырып* {.right}');
    expect(p.align).toBe('justify');
    expect(p.runs.some((r) => r.bold || r.italic)).toBe(false);
  });
  it('stand-ins round-trip every character', () => {
    const all = Array.from({ length: 0x250 }, (_, i) => String.fromCharCode(i === 0x0d ? 0x20 : i)).join('');
    expect(decodeValue(encodeValue(all))).toBe(all);
    expect(encodeValue('a|b*c\nd')).not.toMatch(/[|*\n]/);
  });
});

describe('characters no document may carry are refused with the field named', () => {
  it('control characters, TAB, non-characters, private use and letters the font lacks', () => {
    const probs = dataProblems({ servant: { fullName: 'А\u0000', position: 'x\ty' }, forms: { a: ['ok', 'b\ufffe'] }, n: 'Ә\ue001', k: '評' }, (cp) => cp !== 0x8a55);
    expect(probs.map((p) => [p.path, p.codePoint])).toEqual([['/servant/fullName', 0], ['/servant/position', 9], ['/forms/a/1', 0xfffe], ['/n', 0xe001], ['/k', 0x8a55]]);
    expect(probs[1]?.message.en).toBe('/servant/position: U+0009 — a TAB cannot be printed in the document; use a space');
    expect(probs[4]?.message.kk).toContain('U+8A55 «評»');
    expect(dataProblems({ a: 'Қасымова Әйгерім\nНұрланқызы «№ 5» — 2,5 %' }, () => true)).toEqual([]);
  });
});

describe('output names', () => {
  it('a stem is cleaned, bounded and never a Windows device name', () => {
    expect(outputStem('CON')).toBe('_CON');
    expect(outputStem('com1.backup')).toBe('_com1.backup');
    expect(outputStem('console')).toBe('console');
    expect([...outputStem('ә'.repeat(150))]).toHaveLength(80);
    expect(outputStem('a b')).toBe('a_b');
    expect(outputStem('..hidden')).toBe('hidden');
  });

  const cli = (args: string[]) => spawnSync('node', ['dist/src/cli/main.js', ...args], { encoding: 'utf8' });
  it('long names keep their extensions; «a b» and «a_b» do not overwrite each other; a TAB stops the package before anything is written', () => {
    ensureBuilt();
    const dir = tempDir('bagalau-names-');
    const src = readFileSync('test/render/fixtures/asa-b-managerial.yaml', 'utf8');
    const long = 'ұ'.repeat(120); // 240 bytes: as long as a file name may be on most file systems
    for (const n of ['a b', 'a_b', long]) writeFileSync(join(dir, `${n}.yaml`), src);
    writeFileSync(join(dir, 'tab.yaml'), src.replace('fullName: Қасымова Әйгерім Нұрланқызы', 'fullName: "Қасымова\\tӘйгерім"'));
    const r = cli(['render', join(dir, 'a b.yaml'), join(dir, 'a_b.yaml'), join(dir, `${long}.yaml`), join(dir, 'tab.yaml'), '--format', 'pdf', '--out', join(dir, 'out'), '--lang', 'en']);
    expect(r.status).toBe(1);
    const out = readdirSync(join(dir, 'out')).sort();
    expect(out.filter((f) => f.startsWith('a_b')).sort()).toEqual(['a_b-2.calibrationOrder.pdf', 'a_b-2.calibrationProtocol.pdf', 'a_b-2.managerialSheet.pdf', 'a_b.calibrationOrder.pdf', 'a_b.calibrationProtocol.pdf', 'a_b.managerialSheet.pdf']);
    expect(out.filter((f) => f.startsWith('ұ')).map((f) => f.slice(80))).toEqual(['.calibrationOrder.pdf', '.calibrationProtocol.pdf', '.managerialSheet.pdf']);
    expect(r.stderr).toContain('this package is written as «a_b-2»');
    expect(r.stderr).toMatch(/tab\.yaml: a character the document cannot carry:\n\s+5:\d+ \/servant\/fullName: U\+0009 — a TAB/);
    expect(out.some((f) => f.startsWith('tab'))).toBe(false);
  });
});
