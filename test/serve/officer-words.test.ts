/**
 * Words and buttons as an HR officer meets them on a half laptop screen (683×768), in Kazakh and Russian: a
 * methodology is chosen by an id («asa-b-model»), so the act's own title stands under the choice; the new-package
 * form's «create» button is in sight, not below the edge of a box that scrolls; the hint to open a package names the
 * list by its heading (it stands above, not «on the left», in this window); a list's «add» button says what it adds
 * instead of a bare «+», and its rows are titled as the findings name them («…, строка 2»). Nothing the page asks for
 * leaves the machine.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { pageSession } from './browser-session.js';

const WORDS = {
  kk: { fill: 'Толтыру', importPage: 'Тізімнен жасау', addRow: '+ Жол қосу', grades: 'Параметрлер бойынша бағалар', row2: '2-жол', pick: '«Пакеттер» тізімінен пакетті ашыңыз немесе жаңасын жасаңыз', packages: 'Пакеттер' },
  ru: { fill: 'Заполнение', importPage: 'Импорт списка', addRow: '+ Добавить строку', grades: 'Оценки по параметрам', row2: 'строка 2', pick: 'Откройте пакет из списка «Пакеты» или создайте новый', packages: 'Пакеты' },
} as const;

describe.skipIf(!hasChromium())('the officer\'s words on the fill and import pages', () => {
  let titles: Record<string, Record<'kk' | 'ru', string>>;
  const web = pageSession(async (w) => {
    const r = (await (await fetch(`${w.srv.url}api/methodologies`)).json()) as { methodologies: { id: string; act: { title: Record<'kk' | 'ru', string> } }[] };
    titles = Object.fromEntries(r.methodologies.map((m) => [m.id, m.act.title]));
  });

  for (const lang of ['kk', 'ru'] as const) {
    it(`${lang}, 683×768: the act's title under the methodology's id; «create» in sight; a list's «add» in words`, async () => {
      const { p: page, errors, foreign } = await web.open({ width: 683, own: true });
      await web.visit(page, '', lang);
      expect(await page.locator('nav').innerText()).toContain(WORDS[lang].fill);
      await page.selectOption('#new-methodology', 'asa-b-model');
      expect(await page.locator('#new-methodology-title').innerText()).toBe(titles['asa-b-model']![lang]);
      await page.selectOption('#new-methodology', 'mic-2018');
      expect(await page.locator('#new-methodology-title').innerText()).toBe(titles['mic-2018']![lang]);
      // the «create» button inside the box it is drawn in, and inside the window, with no scrolling
      const bottom = async (sel: string) => { const b = (await page.locator(sel).boundingBox())!; return b.y + b.height; };
      const create = await bottom('#create');
      expect(create).toBeLessThanOrEqual(await bottom('.fill aside'));
      expect(create).toBeLessThanOrEqual(768);
      // the hint names the list by its heading, which stands above it in this window, not «on the left»
      expect(await page.locator('.editor .hint').innerText()).toBe(WORDS[lang].pick);
      const list = (await page.locator('aside h3', { hasText: WORDS[lang].packages }).boundingBox())!;
      expect(list.y).toBeLessThan((await page.locator('.editor .hint').boundingBox())!.y);
      await page.selectOption('#new-methodology', 'asa-b-model');
      await page.click('#create');
      await page.locator('section#form-managerialSheet button', { hasText: lang === 'kk' ? 'Нысанды қосу' : 'Добавить форму' }).click();
      const add = page.locator('#f-managerialSheet_grades__add');
      await expect.poll(() => add.innerText(), { timeout: 30_000 }).toBe(WORDS[lang].addRow);
      await add.click();
      await expect.poll(() => page.locator('#f-managerialSheet_grades_0_parameter').count(), { timeout: 30_000 }).toBe(1);
      // the row is titled as the findings name it: «…», строка 1 / 1-жол, not «…-1»
      await add.click();
      await expect.poll(() => page.locator('#f-managerialSheet_grades_1__title').innerText(), { timeout: 30_000 }).toBe(`${WORDS[lang].grades}, ${WORDS[lang].row2}*`);
      // the import page names the act the same way
      await page.locator('nav a', { hasText: WORDS[lang].importPage }).click();
      await page.selectOption('#import-methodology', 'sjc-apparatus');
      expect(await page.locator('#import-methodology-title').innerText()).toBe(titles['sjc-apparatus']![lang]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
