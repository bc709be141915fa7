/**
 * What a Kazakh-speaking HR officer of a ministry's department met filling a 2018-family package (mic-2018: work
 * plan, KPI sheet, competency sheet, commission) on the page, in Chromium set to kk-KZ on a 1366×768 laptop, and what
 * would have made them stop: a competency graded «күтілетін нәтижеге сәйкес емес» must name the indicators not
 * observed (cl. 27), and the check reads each by the App. 4 words for the servant's category group — the field was a
 * bare text box, and the officer could not know which words it wanted. The page now offers, under each such field,
 * the act's indicators of the row's competency for the servant's category (a list the browser shows as one clicks or
 * types); a text that is not one of them is still kept and named by the check. The commission session written on the
 * page offered its kind as the file's code, «commission», the one English word on the Kazakh page, and named the new
 * file by it: the kind is now chosen by the act's words («бағалау жөніндегі комиссия отырысы», cl. 5, App. 5), which
 * name the file too; the file keeps the code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { hasChromium } from '../browser.js';
import { createPackage, openPackage, pageSession, settled } from './browser-session.js';

describe.skipIf(!hasChromium())('the Kazakh officer fills a mic-2018 package', () => {
  const web = pageSession();
  const asOfficer = async (steps: (p: Page) => Promise<void>): Promise<void> => {
    const { ctx, p, errors, foreign } = await web.open({ locale: 'kk-KZ', own: true });
    await web.visit(p);
    await steps(p);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  };

  it('a competency not met: the App. 4 indicators of the row and the category offered, one picked clears the finding', async () => {
    await asOfficer(async (p) => {
      // the sample's chief expert (С-4): «Жеделділік» (row 4) not met, two indicators named as not observed
      await openPackage(p, 'mic-2018/valid.yaml');
      const field = p.locator('#f-competencySheet_rows_3_notObserved_0');
      expect(await field.inputValue()).toBe('Өзгеріс жағдайларында өзін -өзі бақылайды;');
      // the act's four indicators of «Жеделділік» for С-4's group (App. 4), offered under the field
      const offered = () => p.locator('#f-competencySheet_rows_3_notObserved_0__choices option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
      await expect.poll(async () => (await offered()).length, { timeout: 30_000 }).toBe(4);
      expect(await field.getAttribute('list')).toBe('f-competencySheet_rows_3_notObserved_0__choices');
      const choices = await offered();
      expect(choices).toEqual(['Жұмысты жақсарту жөнінде ұсыныстар енгізеді;', 'Оларды енгізудің жаңа бағыттары мен әдістерін үйренеді;', 'Өзгеріс жағдайларында өзін -өзі бақылайды;', 'Өзгеріс жағдайларында тез бейімделеді.']);
      // another competency's row is offered its own (row 1, «Қызметті басқару»), none of these
      await p.click('#f-competencySheet_rows_0_notObserved__add');
      await settled(p);
      const other = await p.locator('#f-competencySheet_rows_0_notObserved_0__choices option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
      expect(other.length).toBeGreaterThan(0);
      expect(other.filter((t) => choices.includes(t))).toEqual([]);
      await p.click('#f-competencySheet_rows_0_notObserved_0__remove');
      await settled(p);
      // a text not the act's is kept, and the check names it
      await field.fill('тез шешім қабылдамайды');
      const notIndicator = p.locator('#findings-list li', { hasText: '«тез шешім қабылдамайды» — С-4 санаты' });
      await expect.poll(() => notIndicator.count(), { timeout: 30_000 }).toBe(1);
      expect(await field.inputValue()).toBe('тез шешім қабылдамайды');
      // one of the act's, picked: two of four not observed (3/4 not reached, cl. 27) — nothing left on the row
      await field.fill(choices[0]!);
      await settled(p);
      await expect.poll(() => notIndicator.count(), { timeout: 30_000 }).toBe(0);
      expect(await p.locator('#findings-list li[data-field^="/forms/competencySheet/rows/3"]').count()).toBe(0);
    });
  }, 120_000);

  it('the commission session: its kind in Kazakh words, the file named by them, the file keeping the code', async () => {
    await asOfficer(async (p) => {
      await createPackage(p, 'mic-2018', 'kk/commission.yaml');
      await p.click('#session-new');
      await p.waitForSelector('#sess_date');
      const kinds = (await p.locator('#sess_kind option').allInnerTexts()).map((t) => t.trim()).filter((t) => t !== '');
      // «commission», the file's code, was the one choice on the Kazakh page
      expect(kinds).toEqual(['бағалау жөніндегі комиссия отырысы']);
      await p.selectOption('#sess_kind', { label: 'бағалау жөніндегі комиссия отырысы' });
      await p.fill('#sess_date', '20.01.2026');
      await expect.poll(() => p.inputValue('#session-path'), { timeout: 15_000 }).toBe('sessions/бағалау-жөніндегі-комиссия-отырысы-2026-01-20.yaml');
      await p.click('#sess_members__add');
      await p.fill('#sess_members_0_name', 'Сейітов Нұрлан Бекұлы');
      await p.selectOption('#sess_members_0_role', { label: 'төраға' });
      await p.click('#session-save');
      const saved = join(web.srv.dir, 'sessions/бағалау-жөніндегі-комиссия-отырысы-2026-01-20.yaml');
      await expect.poll(() => existsSync(saved), { timeout: 15_000 }).toBe(true);
      expect(parseYaml(readFileSync(saved, 'utf8'))).toMatchObject({ kind: 'commission', date: '2026-01-20', members: [{ role: 'chair' }] });
    });
  }, 120_000);
});
