/**
 * A list's rows as the officer meets them. A row of a list of single values — the indicators not observed of a competency (mic-2018 App. 4, cl. 27), one text
 * per row — is labelled as the findings name a row («…, 1-жол», «…, строка 1»), as a row of fields already was. The
 * form library wrote «…(болған жағдайда)-1», which reads as part of the act's words (seen by the 2018-family lane).
 * A row's «№ р/с» is its place in the list, kept by the page as rows are removed, moved and added, so the row the
 * findings call «6-жол» has № 6 (the officer typed her own order, and read «строка 8» of a row whose № was 6). A KPI's
 * planned and actual values, a number or the act's free text, are saved as numbers when typed as one («2,5» → 2.5),
 * where «5» was saved as the text "5".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hasChromium } from '../browser.js';
import { openPackage, pageSession, settled, shot } from './browser-session.js';

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

  it("a KPI row's № р/с is its place: kept in order as rows are removed, moved and added, not typed; a competency's is the act's (kk)", async () => {
    const { ctx, p, errors, foreign } = await web.open({ locale: 'kk-KZ', own: true });
    await web.visit(p);
    await openPackage(p, 'mic-2018/valid.yaml');
    // the competency sheet keeps App. 3's numbers (1–5, 8–11 in the sample, rows 6–7 left out), typed, never renumbered
    expect(await p.locator('#f-competencySheet_rows_5_no').inputValue()).toBe('8');
    expect(await p.locator('#f-competencySheet_rows_5_no').isEditable()).toBe(true);
    await p.click('#f-competencySheet_rows_1__remove');
    await expect.poll(() => p.locator('[id^="f-competencySheet_rows_"][id$="_no"]').count(), { timeout: 30_000 }).toBe(8);
    expect(await p.locator('#f-competencySheet_rows_4_no').inputValue()).toBe('8');
    const no = (i: number) => p.locator(`#f-kpiSheet_kpis_${i}_no`);
    const nos = async () => (await p.locator('[id^="f-kpiSheet_kpis_"][id$="_no"]').evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value)));
    expect(await no(0).isEditable()).toBe(false);
    expect(await nos()).toEqual(['1', '2', '3', '4', '5']);
    await p.click('#f-kpiSheet_kpis_1__remove');
    await expect.poll(nos, { timeout: 30_000 }).toEqual(['1', '2', '3', '4']);
    // the 4th KPI (№ 4) moved above the 3rd: it is № 3 now
    const name = (i: number) => p.locator(`#f-kpiSheet_kpis_${i}_name`).inputValue();
    const fourth = await name(3);
    await p.click('#f-kpiSheet_kpis_3__moveUp');
    await expect.poll(() => name(2), { timeout: 30_000 }).toBe(fourth);
    expect(await nos()).toEqual(['1', '2', '3', '4']);
    await p.click('#f-kpiSheet_kpis__add');
    await expect.poll(nos, { timeout: 30_000 }).toEqual(['1', '2', '3', '4', '5']);
    // the row the page and the findings call «3-жол» has № 3
    expect((await p.locator('#f-kpiSheet_kpis_2__title').innerText()).trim()).toMatch(/, 3-жол\*?$/);
    await shot(p, 'kpi-no-kk', '#f-kpiSheet_kpis_2__title');
    await settled(p);
    const file = join(web.srv.dir, 'mic-2018/valid.yaml');
    const before = statSync(file).mtimeMs;
    await p.click('#save');
    await expect.poll(() => statSync(file).mtimeMs, { timeout: 15_000 }).toBeGreaterThan(before);
    const saved = parseYaml(readFileSync(file, 'utf8')).forms;
    expect((saved.kpiSheet.kpis as { no: number }[]).map((r) => r.no)).toEqual([1, 2, 3, 4, 5]);
    expect((saved.kpiSheet.kpis as { name?: string }[])[2]?.name).toBe(fourth);
    expect((saved.competencySheet.rows as { no: number }[]).map((r) => r.no)).toEqual([1, 3, 4, 5, 8, 9, 10, 11]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 120_000);

  it('a KPI value typed as a number is saved as one, «2,5» as 2.5; text stays text (ru)', async () => {
    const { ctx, p, errors, foreign } = await web.open({ locale: 'ru-RU', own: true });
    await web.visit(p, '', 'ru');
    await openPackage(p, 'almaty-maslikhat-2018/valid.yaml');
    const typeIn = async (sel: string, text: string) => { await p.locator(sel).fill(''); await p.locator(sel).pressSequentially(text); };
    await typeIn('#f-kpiSheet_kpis_0_planned', '2,5');
    await typeIn('#f-kpiSheet_kpis_0_actual', '5');
    await typeIn('#f-kpiSheet_kpis_1_actual', '100 %');
    await typeIn('#f-workPlan_kpis_0_planned', '1 000');
    await settled(p);
    await shot(p, 'kpi-values-ru', '#f-kpiSheet_kpis_0_planned');
    const file = join(web.srv.dir, 'almaty-maslikhat-2018/valid.yaml');
    const before = statSync(file).mtimeMs;
    await p.click('#save');
    await expect.poll(() => existsSync(file) && statSync(file).mtimeMs, { timeout: 15_000 }).toBeGreaterThan(before);
    const forms = parseYaml(readFileSync(file, 'utf8')).forms;
    expect(forms.kpiSheet.kpis[0].planned).toBe(2.5);
    expect(forms.kpiSheet.kpis[0].actual).toBe(5);
    expect(forms.kpiSheet.kpis[1].actual).toBe('100 %');
    expect(forms.workPlan.kpis[0].planned).toBe(1000);
    // shown back as Russian writes it
    expect(await p.locator('#f-kpiSheet_kpis_0_planned').inputValue()).toBe('2,5');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 120_000);
});
