/**
 * A row of a list of single values — the indicators not observed of a competency (mic-2018 App. 4, cl. 27), one text
 * per row — is labelled as the findings name a row («…, 1-жол», «…, строка 1»), as a row of fields already was. The
 * form library wrote «…(болған жағдайда)-1», which reads as part of the act's words (seen by the 2018-family lane).
 */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../browser.js';
import { openPackage, pageSession } from './browser-session.js';

describe.skipIf(!hasChromium())('a row of a list of texts', () => {
  const web = pageSession();

  it.each([
    ['kk-KZ', /, 1-жол\*?$/],
    ['ru-RU', /, строка 1\*?$/],
  ] as const)("is labelled by its row number in %s, not by the form library's «-1»", async (locale, row) => {
    const { ctx, p, errors, foreign } = await web.open({ locale, own: true });
    await web.visit(p);
    await openPackage(p, 'mic-2018/valid.yaml');
    const label = (await p.locator('label[for="f-competencySheet_rows_3_notObserved_0"]').innerText()).trim();
    expect(label).toMatch(row);
    expect(label).not.toMatch(/-1\*?$/);
    // the second row, added, is named 2 (a required field's label ends in «*»)
    await p.click('#f-competencySheet_rows_3_notObserved__add');
    const second = p.locator('label[for="f-competencySheet_rows_3_notObserved_1"]');
    await second.waitFor();
    expect((await second.innerText()).trim()).toMatch(locale === 'kk-KZ' ? /, 2-жол\*?$/ : /, строка 2\*?$/);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 120_000);
});
