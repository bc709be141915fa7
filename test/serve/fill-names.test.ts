/**
 * The fill page as an HR officer who never writes YAML meets it: a package made without a file name is named from
 * its servant and period (and the officer may rename it until the first save; a name taken is said in words, with
 * another proposed); a missing field is named by its caption, not its key; each finding names its field as the form
 * captions it, and a click on it leads there. Nothing the page asks for leaves the machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fileNameProblem, freeName, periodPart, proposedName, typedName } from '../../src/serve/file-name.js';
import { hasChromium } from '../browser.js';
import { createPackage, fileLink, openPackage, pageSession, previewImport, settled } from './browser-session.js';

type InPage = { document: { getElementById(id: string): { textContent: string | null } | null; activeElement: { id: string; className: string; closest(s: string): { id: string } | null } | null } };

describe('package file names', () => {
  it('are proposed from the servant and the period: a quarter, a year, other days', () => {
    const pkg = (from?: string, to?: string) => ({ servant: { fullName: ' Сейітқали  Айгерім Бақытжанқызы ' }, period: { from, to } });
    expect(proposedName('asa-b-model', pkg('2026-01-01', '2026-03-31'))).toBe('asa-b-model/Сейітқали-Айгерім-Бақытжанқызы-2026-Q1.yaml');
    expect(proposedName('mic-2018', pkg('2025-01-01', '2025-12-31'))).toBe('mic-2018/Сейітқали-Айгерім-Бақытжанқызы-2025.yaml');
    expect(proposedName('mic-2018', pkg('2025-02-03', '2025-12-31'))).toBe('mic-2018/Сейітқали-Айгерім-Бақытжанқызы-2025-02-03_2025-12-31.yaml');
    expect(proposedName('mic-2018', pkg())).toBe('mic-2018/Сейітқали-Айгерім-Бақытжанқызы.yaml');
    expect(proposedName('mic-2018', { servant: { fullName: 'Иванов И.И. / "Отдел"' }, period: {} })).toBe('mic-2018/Иванов-И-И-Отдел.yaml');
    // no servant's name, no proposal: a period alone finds no one in a folder of forty
    expect(proposedName('mic-2018', { servant: {}, period: { from: '2025-01-01', to: '2025-12-31' } })).toBeUndefined();
    expect(periodPart('2026-04-01', '2026-06-30')).toBe('2026-Q2');
  });

  it('a taken name gets the next free number (a year in the name is not counted on); a typed name gets .yaml', () => {
    expect(freeName('a/Иванов-2026.yaml', ['a/иванов-2026.yaml'])).toBe('a/Иванов-2026-2.yaml');
    expect(freeName('a/x.yaml', ['a/x.yaml', 'a/x-2.yaml'])).toBe('a/x-3.yaml');
    expect(freeName('a/x.yaml', [])).toBe('a/x.yaml');
    expect(typedName(' hr\\Иванов ')).toBe('hr/Иванов.yaml');
    expect(typedName('hr/Иванов.JSON')).toBe('hr/Иванов.JSON');
  });

  it('a name Windows or Linux cannot hold is said in words; Cyrillic is fine', () => {
    expect(fileNameProblem('hr/Сейітқали-Айгерім-2026-Q1.yaml')).toBeUndefined();
    expect(fileNameProblem('hr/a:b.yaml')?.ru).toMatch(/знака «:»/);
    for (const bad of ['hr/a*b.yaml', 'hr/a?.yaml', 'hr/"a".yaml', 'hr/a<b.yaml', 'hr/a>b.yaml', 'hr/a|b.yaml', 'hr\\a.yaml']) expect(fileNameProblem(bad), bad).toBeDefined();
    expect(fileNameProblem('hr./a.yaml')?.kk).toMatch(/нүктемен немесе бос орынмен аяқталмауы/);
    expect(fileNameProblem('hr /a.yaml')?.en).toMatch(/must not end in a dot or a space/);
    expect(fileNameProblem('hr/CON.yaml')?.ru).toMatch(/устройство/);
    expect(fileNameProblem('hr/.yaml')?.en).toBe('The file has no name');
  });
});

describe.skipIf(!hasChromium())('the fill page names files and fields as the officer reads them', () => {
  const web = pageSession();
  const { errors, foreign } = web;

  /** The fill page in `lang`, in a window `width` wide. */
  const open = async (lang: 'kk' | 'ru', width = 1366) => {
    const opened = await web.open({ width });
    await web.visit(opened.p, '', lang);
    return opened;
  };
  const fillServant = async (p: Page) => {
    await p.fill('#servant_fullName', 'Сейітқали Айгерім Бақытжанқызы');
    await p.fill('#period_from', '01.01.2026');
    await p.fill('#period_to', '31.03.2026');
  };
  const problem = (p: Page) => p.locator('#findings .problem').innerText().catch(() => '');

  it('a package made without a name is saved under its servant and period; a taken name is said and another proposed; the officer may rename it first', async () => {
    const { ctx, p } = await open('kk', 683);
    await createPackage(p, 'asa-b-model');
    // nothing to name it by yet: the name field waits, and a save says why it cannot write
    expect(await p.inputValue('#path-input')).toBe('');
    await p.click('#save');
    await expect.poll(() => problem(p), { timeout: 15_000 }).toMatch(/Файлдың аты жоқ: қызметшінің Т\.А\.Ә\. толтырыңыз/);
    await fillServant(p);
    const name = 'asa-b-model/Сейітқали-Айгерім-Бақытжанқызы-2026-Q1.yaml';
    await expect.poll(() => p.inputValue('#path-input'), { timeout: 15_000 }).toBe(name);
    await settled(p);
    await p.click('#save');
    await expect.poll(() => existsSync(join(web.srv.dir, name)), { timeout: 15_000 }).toBe(true);
    expect(parseYaml(readFileSync(join(web.srv.dir, name), 'utf8')).servant.fullName).toBe('Сейітқали Айгерім Бақытжанқызы');
    // saved: the name is the file's now, shown as such
    await expect.poll(() => p.locator('#path').innerText().catch(() => ''), { timeout: 15_000 }).toBe(name);
    // the list of files is asked for again after the save: it has the file once, when its answer comes
    await expect.poll(() => p.locator('ul.files a', { hasText: 'Сейітқали-Айгерім-Бақытжанқызы-2026-Q1.yaml' }).count(), { timeout: 15_000 }).toBe(1);

    // the same servant and period again (the list has the file): said in words, «-2» proposed, written on the next save
    await p.selectOption('#lang', 'ru');
    await createPackage(p, 'asa-b-model');
    await fillServant(p);
    await expect.poll(() => p.inputValue('#path-input'), { timeout: 15_000 }).toBe(name);
    await settled(p);
    await p.click('#save');
    const second = 'asa-b-model/Сейітқали-Айгерім-Бақытжанқызы-2026-Q1-2.yaml';
    await expect.poll(() => problem(p), { timeout: 15_000 }).toMatch(/^Файл с таким именем уже есть.*Предлагаемое имя: asa-b-model\/Сейітқали-Айгерім-Бақытжанқызы-2026-Q1-2\.yaml — нажмите «Сохранить» ещё раз$/);
    expect(await p.inputValue('#path-input')).toBe(second);
    expect(existsSync(join(web.srv.dir, second))).toBe(false);
    await p.click('#save');
    await expect.poll(() => existsSync(join(web.srv.dir, second)), { timeout: 15_000 }).toBe(true);
    // the file is on disk before the page has the server's answer: «new» clicked in between finds the package still
    // unsaved and asks to discard it (a dialog the test would decline), so the page's taking of the save is awaited
    await expect.poll(() => p.locator('#path').innerText().catch(() => ''), { timeout: 15_000 }).toBe(second);

    // a file appears under the proposed name before the first save (another officer): the server's 409 is said, and another name proposed
    await createPackage(p, 'asa-b-model');
    await p.fill('#servant_fullName', 'Жаңа Қызметші');
    const raced = 'asa-b-model/Жаңа-Қызметші.yaml';
    await expect.poll(() => p.inputValue('#path-input'), { timeout: 15_000 }).toBe(raced);
    writeFileSync(join(web.srv.dir, raced), 'бөтен файл\n');
    await settled(p);
    await p.click('#save');
    await expect.poll(() => problem(p), { timeout: 15_000 }).toMatch(/уже есть, не перезаписывается.*Предлагаемое имя: asa-b-model\/Жаңа-Қызметші-2\.yaml/);
    expect(readFileSync(join(web.srv.dir, raced), 'utf8')).toBe('бөтен файл\n');

    // the officer renames it before the first save: a name Windows cannot hold is refused in words, a good one is written
    await p.fill('#path-input', 'hr/Жаңа: Қызметші');
    await p.click('#save');
    await expect.poll(() => problem(p), { timeout: 15_000 }).toMatch(/в имени файла не может быть знака «:»/);
    expect(existsSync(join(web.srv.dir, 'hr'))).toBe(false);
    await p.fill('#path-input', 'hr/Жаңа Қызметші');
    await p.click('#save');
    await expect.poll(() => existsSync(join(web.srv.dir, 'hr/Жаңа Қызметші.yaml')), { timeout: 15_000 }).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 180_000);

  it('a package with no form filled in says there is nothing to make, and not that its errors come first', async () => {
    const pkg = parseYaml(readFileSync('samples/asa-b-model/valid.yaml', 'utf8'));
    pkg.forms = {};
    delete pkg.session; // its protocol would be a document to make
    writeFileSync(join(web.srv.dir, 'asa-b-model/no-forms.yaml'), JSON.stringify(pkg));
    const { ctx, p } = await open('ru');
    await openPackage(p, 'asa-b-model/no-forms.yaml');
    await p.click('#zip');
    await expect.poll(() => problem(p), { timeout: 30_000 }).toBe('Не удалось: Нечего формировать: нет заполненной формы с шаблоном.');
    await ctx.close();
  }, 60_000);

  it('changes not saved are not dropped without a word: opening another package asks first, in the page\'s language', async () => {
    const { ctx, p } = await open('ru');
    const asked: string[] = [];
    let answer = false;
    p.on('dialog', (d) => {
      asked.push(d.message());
      void (answer ? d.accept() : d.dismiss());
    });
    const file = (name: string) => fileLink(p, name);
    // opened and not changed: another opens without a question
    await file('asa-b-model/valid.yaml').click();
    await p.waitForSelector('#servant_fullName');
    await settled(p);
    await file('mic-2018/valid.yaml').click();
    await expect.poll(() => p.locator('#path').innerText(), { timeout: 15_000 }).toBe('mic-2018/valid.yaml');
    expect(asked).toEqual([]);
    // changed: the officer is asked, and «cancel» keeps the package and what was typed
    await p.fill('#servant_position', 'Бас сарапшы');
    await file('asa-b-model/valid.yaml').click();
    await expect.poll(() => asked.length, { timeout: 15_000 }).toBe(1);
    expect(asked[0]).toBe('Изменения в этом пакете не сохранены. Продолжить без сохранения?');
    expect(await p.locator('#path').innerText()).toBe('mic-2018/valid.yaml');
    expect(await p.inputValue('#servant_position')).toBe('Бас сарапшы');
    // a new package asks too; «OK» goes on
    answer = true;
    await p.click('#create');
    await expect.poll(() => asked.length, { timeout: 15_000 }).toBe(2);
    await p.waitForSelector('#path-input');
    expect(await p.inputValue('#servant_position')).toBe('');
    expect(readFileSync(join(web.srv.dir, 'mic-2018/valid.yaml'), 'utf8')).not.toContain('Бас сарапшы');
    await ctx.close();
  }, 60_000);

  it('a package changed on disk after it was opened is not saved over unseen: said, and the officer opens it again or saves over it', async () => {
    const rel = 'mic-2018/disk-changed.yaml';
    const target = join(web.srv.dir, rel);
    writeFileSync(target, readFileSync(join(web.srv.dir, 'mic-2018/valid.yaml')));
    const { ctx, p } = await open('ru');
    await expect.poll(() => fileLink(p, rel).count(), { timeout: 15_000 }).toBe(1);
    await openPackage(p, rel);
    await p.fill('#servant_position', 'Бас сарапшы');
    // a colleague's edit lands on disk meanwhile
    const theirs = readFileSync(target, 'utf8').replace(/^(\s*fullName: ).*$/m, '$1Әріптес Түзеткен');
    writeFileSync(target, theirs);
    await settled(p);
    await p.click('#save');
    await expect.poll(() => problem(p), { timeout: 15_000 }).toMatch(/изменён на диске после того, как был открыт/);
    expect(readFileSync(target, 'utf8')).toBe(theirs);
    expect(await p.locator('#reopen').innerText()).toBe('Открыть заново');
    // the officer's word: saved over it, the «save over» choice gone
    await p.click('#save-over');
    await expect.poll(() => parseYaml(readFileSync(target, 'utf8')).servant.position, { timeout: 15_000 }).toBe('Бас сарапшы');
    await expect.poll(() => p.locator('#save-over').count(), { timeout: 15_000 }).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  }, 60_000);

  it('the server writes no new file under a name Windows cannot hold, and says why', async () => {
    const res = await fetch(`${web.srv.url}api/file?path=${encodeURIComponent('hr/a|b.yaml')}&new=1`, { method: 'PUT', body: JSON.stringify({ methodology: 'asa-b-model' }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/знака «\|»/);
    expect(existsSync(join(web.srv.dir, 'hr/a|b.yaml'))).toBe(false);
    // a file already there under such a name (made elsewhere) is still saved over
    mkdirSync(join(web.srv.dir, 'odd'), { recursive: true });
    writeFileSync(join(web.srv.dir, 'odd/a:b.yaml'), 'methodology: asa-b-model\n');
    const again = await fetch(`${web.srv.url}api/file?path=${encodeURIComponent('odd/a:b.yaml')}`, { method: 'PUT', body: JSON.stringify({ methodology: 'asa-b-model', servant: {} }), headers: { 'content-type': 'application/json' } });
    expect(again.status).toBe(200);
  });

  it('an import\'s preview says which rows would not be written because their file is there already, as the import says; the mapping names fields by their captions only', async () => {
    const { ctx, p } = await open('ru');
    await web.visit(p, 'import');
    await previewImport(p, { file: 'test/serve/fixtures/staff-libreoffice.xlsx', methodology: 'asa-b-model', period: '2026-Q1', dir: 'twice' });
    await expect.poll(() => p.locator('#import-count').innerText(), { timeout: 30_000 }).toBe('Будет записано пакетов: 2');
    expect(await p.locator('#mapping').innerText()).not.toMatch(/fullName|appointedOn/);
    await p.click('#import-run');
    await expect.poll(() => p.locator('#written li').count(), { timeout: 30_000 }).toBe(2);
    // the same list for the same quarter into the same folder: the preview says what the import would do
    await p.click('#import-preview');
    await expect.poll(() => p.locator('#import-count').innerText(), { timeout: 30_000 }).toBe('Будет записано пакетов: 0');
    expect(await p.locator('#rejected').innerText()).toMatch(/twice\/005-Иванова-Мария-Петровна-2026-Q1\.yaml» уже есть, не перезаписывается/);
    // nothing to write: the write button says so by being off
    expect(await p.locator('#import-run').isDisabled()).toBe(true);
    // the next quarter: the files are named by their period, so the same list writes new packages beside the old
    await p.fill('#import-period', '2026-Q2');
    await expect.poll(() => p.locator('#import-count').innerText(), { timeout: 30_000 }).toBe('Будет записано пакетов: 2');
    expect(await p.locator('#import-run').isDisabled()).toBe(false);
    await ctx.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('a missing field is named by its caption in the page\'s language, not by its key', async () => {
    for (const lang of ['kk', 'ru'] as const) {
      const { ctx, p } = await open(lang);
      await createPackage(p, 'mic-2018');
      await p.locator('#form-workPlan button.add-form').click();
      await settled(p);
      const list = await p.locator('#findings ul.findings').innerText();
      const under = await p.locator('#f-workPlan').innerText();
      // the check names a missing field «caption» (key), for a reader of the file; the officer reads the form
      for (const key of ['fullName', 'year', 'approvedBy', 'from']) {
        expect(list, `${lang} ${key}`).not.toContain(`(${key})`);
        expect(under, `${lang} ${key}`).not.toContain(`(${key})`);
      }
      expect(list).toContain(lang === 'kk' ? 'міндетті «Т.А.Ә.» өрісі жоқ' : 'нет обязательного поля «Ф.И.О.»');
      expect(under).toMatch(lang === 'kk' ? /міндетті «[^»]+» өрісі жоқ/ : /нет обязательного поля «[^»(]+»/);
      await ctx.close();
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('a rule\'s finding names its field as the form captions it, and a click on it leads there', async () => {
    const { ctx, p } = await open('ru');
    await openPackage(p, 'mic-2018/fixtures/kpi-grade.yaml', '#f-kpiSheet_result');
    const item = p.locator('#findings li[data-rule="mic-2018/kpi-grade"]');
    await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(1);
    // the act's Kazakh values glossed for a Russian reader, as `bagalau check` prints them
    expect(await item.innerText()).toContain('оценка должна быть «тиімді» (эффективно), поставлена «өте жақсы» (отлично)');
    const line = item.locator('.field-line');
    expect(await line.innerText()).toBe('Поле: «Оценочный лист по целевым индикаторам (приложение 2; в тексте — под приложением 1)» › «Результат оценки (неудовлетворительно, удовлетворительно, эффективно, отлично)»');
    // a click on the field's line (not only on the message, the finding's button) leads to the field
    await line.click();
    await expect.poll(() => p.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id), { timeout: 15_000 }).toBe('f-kpiSheet_result');
    // a form not filled in at all: the click leads to that form's «add» button, not to the first field of another form
    await p.selectOption('#lang', 'kk');
    await fileLink(p, 'mic-2018/fixtures/kpi-sheet-form.yaml').click();
    await settled(p);
    const missing = p.locator('#findings li[data-rule="mic-2018/kpi-sheet-form"]');
    await expect.poll(() => missing.count(), { timeout: 30_000 }).toBe(1);
    await missing.locator('button.go').first().click();
    await expect.poll(() => p.evaluate(() => {
      const a = (globalThis as unknown as InPage).document.activeElement;
      return `${a?.closest('section')?.id} ${a?.className}`;
    }), { timeout: 15_000 }).toBe('form-kpiSheet add-form');

    // the audit's list of each servant's findings says the field too, and glosses the values for a Russian reader
    await p.selectOption('#lang', 'ru');
    await web.visit(p, 'audit');
    await p.selectOption('#audit-dir', 'mic-2018/fixtures');
    await p.click('#audit-run');
    await p.waitForSelector('#per-servant', { timeout: 120_000 });
    await p.selectOption('#filter-rule', 'mic-2018/kpi-grade');
    const servant = p.locator('#per-servant details.servant', { hasText: 'kpi-grade.yaml' }).first();
    await servant.locator('summary').click();
    const audited = await servant.locator('ul.findings li').first().innerText();
    expect(audited).toContain('«тиімді» (эффективно)');
    expect(audited).toContain('Поле: «Оценочный лист по целевым индикаторам (приложение 2; в тексте — под приложением 1)» › «Результат оценки');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 180_000);
});
