/**
 * `bagalau draft import` of a Word file laid out in two languages side by side (Kazakh | Russian, clause by clause),
 * as a user runs it (the built CLI in a child process). The Markdown holds one column; stderr says so in the user's
 * language, with the way to take the other column (`--column ru`), which gives the Russian column's Markdown.
 * Before, the Kazakh column was written and nothing said the Russian one was left out.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';
import { buildIfStale } from '../built.js';

const cli = (args: string[]) => spawnSync('node', ['dist/src/cli/main.js', ...args], { encoding: 'utf8' });
beforeAll(buildIfStale, 120_000);

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string): string => `<w:tc><w:tcPr><w:tcW w:w="4650" w:type="dxa"/></w:tcPr>${para(text)}</w:tc>`;
/** Neutral sentences of 40 characters and more, numbered as the model's clauses are: no act's wording. */
const KK = ['1. Бұл бірінші тармақтың мәтіні, ол қырық әріптен ұзағырақ.', '2. Бұл екінші тармақтың мәтіні, ол да қырық әріптен ұзағырақ.'];
const RU = ['1. Это текст первого пункта, он длиннее сорока букв.', '2. Это текст второго пункта, он тоже длиннее сорока букв.'];

/** A Word file: the methodology's title, its first chapter, and its clauses in a two-column table (Kazakh on `kazakhOn`). */
function twoLanguageDocx(kazakhOn: 'left' | 'right'): Uint8Array {
  const rows = KK.map((kk, k) => {
    const ru = RU[k] as string;
    return `<w:tr>${kazakhOn === 'left' ? cell(kk) + cell(ru) : cell(ru) + cell(kk)}</w:tr>`;
  });
  const body = `${para('Бағалау әдістемесі')}${para('1-тарау. Жалпы ережелер')}<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4650"/><w:gridCol w:w="4650"/></w:tblGrid>${rows.join('')}</w:tbl>`;
  return zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`) }, { level: 1 });
}

describe('bagalau draft import of a methodology in two languages side by side', () => {
  it('writes the Kazakh column and says on stderr, in kk, ru and en, that the other was left out and how to take it', () => {
    const dir = tempDir('bagalau-import-columns-');
    for (const side of ['left', 'right'] as const) {
      const file = join(dir, `${side}.docx`);
      writeFileSync(file, twoLanguageDocx(side));
      const other = side === 'left' ? ['оң жақ', 'правая', 'right'] : ['сол жақ', 'левая', 'left'];
      const kk = cli(['draft', 'import', file, '--lang', 'kk']);
      expect(kk.status, kk.stderr).toBe(0);
      expect(kk.stdout).toContain('Бұл бірінші тармақтың мәтіні');
      expect(kk.stdout).not.toContain('Это текст');
      expect(kk.stderr).toBe(`${file}: әдістеме екі тілде қатар жазылған: Markdown-қа тек ${side === 'left' ? 'сол жақ' : 'оң жақ'} баған (қазақ тілінде) жазылды, ${other[0]} баған (орыс тілінде) алынбады — оны алу үшін: --column ru.\n`);
      if (side === 'right') continue;
      const ru = cli(['draft', 'import', file, '--lang', 'ru']);
      expect(ru.stderr).toContain(`${other[1]} колонка (на русском языке) опущена — чтобы взять её: --column ru.`);
      const en = cli(['draft', 'import', file, '--lang', 'en']);
      expect(en.stderr).toContain(`the ${other[2]} column (Russian) was left out — to take it: --column ru.`);
      expect(en.stdout).toBe(kk.stdout);
    }
  });

  it('--column ru writes the Russian column, and the note names the Kazakh one as left out; -o writes it to a file', () => {
    const dir = tempDir('bagalau-import-columns-');
    const file = join(dir, 'two.docx');
    writeFileSync(file, twoLanguageDocx('left'));
    const out = join(dir, 'ru.md');
    const r = cli(['draft', 'import', file, '--column', 'ru', '-o', out, '--lang', 'en']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('Это текст первого пункта');
    expect(md).toContain('Это текст второго пункта');
    expect(md).not.toContain('тармақтың');
    expect(r.stderr).toBe(`${file}: the methodology is laid out in two languages side by side: the Markdown holds only the right column (Russian); the left column (Kazakh) was left out — to take it: --column kk.\n`);
  });

  it('a Word file in one language says nothing on stderr; --column with a published .txt is refused in a sentence', () => {
    const dir = tempDir('bagalau-import-columns-');
    const plain = join(dir, 'plain.docx');
    writeFileSync(plain, zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body>${para('Бағалау әдістемесі')}${para(KK[0] as string)}</w:body></w:document>`) }));
    const r = cli(['draft', 'import', plain, '--lang', 'en']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const txt = join(dir, 'act.txt');
    writeFileSync(txt, 'Title\n');
    const refused = cli(['draft', 'import', txt, '--column', 'ru', '--lang', 'en']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--column is for a Word file only');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
