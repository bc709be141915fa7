/**
 * `bagalau init --from` as a Kazakh-speaking HR officer runs it (LANG=kk, no --lang) on the lists of
 * test/serve/kazakh-lists.ts: everything said in Kazakh; a workbook with one sheet per unit says which sheets were not
 * read and how to read each; a total row is said as a total, and is no failure (exit 0).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';
import { AKIMAT, akimatList, kz1048, MINISTRY, ministryList } from './kazakh-lists.js';

let akimat: string;
let ministry: string;
let kzCsv: string;
let eitherCsv: string;
beforeAll(async () => {
  const src = tempDir('bagalau-kk-cli-');
  akimat = join(src, 'тізім.xlsx');
  ministry = join(src, 'министрлік.xlsx');
  writeFileSync(akimat, await akimatList());
  writeFileSync(ministry, await ministryList());
  kzCsv = join(src, '1с.csv');
  writeFileSync(kzCsv, kz1048(`Тегі, аты, әкесінің аты;Лауазымы;Санаты;Мемлекеттік орган;Лауазымға тағайындалған күні\r\nӘбілқасымова Гүлнар;бас маман;С-4;${AKIMAT};05.01.2026\r\n`));
  // «Ғалия» is «Єалия» in windows-1251, a Ukrainian spelling too: KZ-1048 is read and the choice said
  eitherCsv = join(src, 'екі-жақты.csv');
  writeFileSync(eitherCsv, kz1048(`ФИО;Должность;Категория;Государственный орган;Дата назначения\r\nҒалия Иванова;главный специалист;С-4;Аппарат акима;05.01.2026\r\n`));
});

function initFrom(file: string, args: string[]) {
  const out = join(tempDir('bagalau-kk-cli-out-'), 'out');
  const env = { ...process.env, LANG: 'kk_KZ.UTF-8', LC_ALL: '', LC_MESSAGES: '', BAGALAU_LANG: '' };
  const r = spawnSync('node', ['dist/src/cli/main.js', 'init', '--from', file, '--methodology', 'asa-b-model', '--period', '2026-Q1', '-o', out, ...args], { encoding: 'utf8', env });
  let files: string[] = [];
  try {
    files = readdirSync(out).sort();
  } catch {
    files = [];
  }
  return { status: r.status, stderr: r.stderr, files };
}

describe('init --from in Kazakh', () => {
  it('the sheets not read are said with the --sheet that reads each', () => {
    const r = initFrom(ministry, ['--body', MINISTRY]);
    expect(r.status).toBe(0);
    expect(r.files).toEqual(['004-Сейітов-Бақыт-Маратұлы-2026-Q1.yaml']);
    expect(r.stderr).toMatch(/^парақ: «Қаржы бөлімі» \(тізімі бар парақтар: «Қаржы бөлімі», «Кадр бөлімі»\)\n«Кадр бөлімі» парағы оқылмады: оны --sheet "Кадр бөлімі" арқылы жазыңыз\n/);
    const second = initFrom(ministry, ['--body', MINISTRY, '--sheet', 'Кадр бөлімі']);
    expect(second.stderr).toMatch(/^«Қаржы бөлімі» парағы оқылмады: оны --sheet "Қаржы бөлімі" арқылы жазыңыз$/m);
    expect(second.files).toEqual(['004-Нұрланова-Әсел-Ерланқызы-2026-Q1.yaml', '005-Ким-Олег-2026-Q1.yaml']);
  });

  it('the total row is said as a total and fails nothing; without --body the rows above the header are shown', () => {
    const r = initFrom(akimat, ['--body', AKIMAT]);
    expect(r.status).toBe(0);
    expect(r.files).toHaveLength(4);
    expect(r.stderr).toContain('тізім.xlsx: жол 10: «Барлығы: 4 қызметші» — жиын жолы, қызметші емес\n');
    expect(r.stderr).toContain('тізім.xlsx: жол 7: «санаты»: «с4» актідегідей «С-4» болып жазылды (кіші «с» бас «С» болып оқылды; санат нөмірінің алдына сызықша қойылды; asa-b-model, cl. 17 pt. 1)\n');
    const refused = initFrom(akimat, []);
    expect(refused.status).toBe(2);
    expect(refused.files).toEqual([]);
    expect(refused.stderr).toContain(`тақырып жолының үстінде: «${AKIMAT}», «Мемлекеттік әкімшілік қызметшілердің тізімі»`);
  });

  it('a CSV in KZ-1048 is read with its Kazakh letters, and the code page is said', () => {
    const r = initFrom(kzCsv, []);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^CSV кодталуы: KZ-1048$/m);
    expect(r.files).toEqual(['002-Әбілқасымова-Гүлнар-2026-Q1.yaml']);
    expect(r.stderr).not.toContain('оқылуы мүмкін');
  });

  it('a list LibreOffice Calc keeps (.ods) is read as a workbook is: the servants written, the bad row named', () => {
    const r = initFrom(join(import.meta.dirname, 'fixtures', 'staff-office.ods'), ['--body', 'Аппарат акима Сарыаркинского района']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^парақ: «Список» \(тізімі бар парақтар: «Список», «Уволенные»\)$/m);
    expect(r.stderr).toMatch(/staff-office\.ods: жол 14: «тағайындалған күні»: «31\.02\.2024» күн емес \(КК\.АА\.ЖЖЖЖ\)$/m);
    expect(r.files).toEqual(['008-Иванова-Мария-Петровна-2026-Q1.yaml', '009-Сейткали-Айгерим-Бакытжановна-2026-Q1.yaml', '012-Петров-Пётр-Петрович-2026-Q1.yaml', '013-Омарова-Дана-2026-Q1.yaml']);
  });

  it('a CSV whose words read either way: the code page chosen is said with the words both ways', () => {
    const r = initFrom(eitherCsv, []);
    expect(r.status).toBe(0);
    expect(r.files).toEqual(['002-Ғалия-Иванова-2026-Q1.yaml']);
    expect(r.stderr).toContain(`${eitherCsv}: CSV KZ-1048 кодталуымен оқылды, бірақ 1 сөздің 1-і windows-1251 кодталуымен де оқылуы мүмкін: «Ғалия» (windows-1251: «Єалия»).`);
  });
});
