/**
 * asa-a-corps' session decision on the page (Russian, 1366×768): the three fields cl. 30 has the National Commission's
 * protocol state of a revised result (`REVISION_FIELDS` of src/acts/asa-a-corps/forms.ts) are drawn with their working Russian labels and
 * the act's Kazakh words under them; a result revised without reasons is the live error
 * `asa-a-corps/revision-reasons`, and gone once the reasons are typed; what was typed is saved into the package.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hasChromium } from '../browser.js';
import { openPackage, pageSession, settled, shot } from './browser-session.js';

const PKG = 'asa-a-corps/valid.yaml';
const RULE = 'asa-a-corps/revision-reasons';
const LABELS = [
  ['соответствующие причины и пояснения', 'тиісті себептер мен түсіндірмелер'],
  ['рекомендации по качеству проведённой оценки', 'жүргізілген бағалаудың сапасы бойынша ұсынымдар'],
  ['рекомендации по дисциплинарной мере в отношении уполномоченного лица', 'уәкілетті тұлғаға қатысты тәртіптік шара бойынша ұсынымдар'],
] as const;

describe.skipIf(!hasChromium())('asa-a-corps: the cl. 30 fields of a session decision, on the Russian page', () => {
  const web = pageSession();
  const { errors, foreign } = web;

  it('drawn with their labels; a revision without reasons is an error until they are typed; saved', async () => {
    const { ctx, p } = await web.open();
    await web.visit(p, '', 'ru');
    await openPackage(p, PKG);
    await p.waitForSelector('#session-inline #sess_decisions_0_reasons');
    const form = await p.locator('#session-inline').innerText();
    for (const [ru, kk] of LABELS) {
      expect(form, ru).toContain(ru);
      expect(form, kk).toContain(kk);
    }
    for (const k of ['qualityRecommendations', 'disciplinaryRecommendations']) expect(await p.locator(`#sess_decisions_0_${k}`).count(), k).toBe(1);
    // the valid sample: no finding
    const ofRule = () => p.locator(`#session ul.findings li[data-rule="${RULE}"]`);
    expect(await ofRule().count()).toBe(0);

    // revised, no reasons: the rule speaks, in Russian, on the decision
    await p.selectOption('#sess_decisions_0_correctedGrade', 'қанағаттанарлық');
    await settled(p);
    await expect.poll(() => ofRule().count(), { timeout: 30_000 }).toBe(1);
    expect(await ofRule().innerText()).toContain('не указано: соответствующие причины и пояснения');
    expect(await ofRule().getAttribute('data-field')).toBe('/session/decisions/0');
    await shot(p, 'session-revision-ru', '#session ul.findings');

    // the reasons typed: the finding is gone
    const reasons = 'Оценка не опиралась на фактические значения ЦИ.';
    await p.fill('#sess_decisions_0_reasons', reasons);
    await p.fill('#sess_decisions_0_disciplinaryRecommendations', 'Дисциплинарная мера не рекомендуется.');
    await settled(p);
    await expect.poll(() => ofRule().count(), { timeout: 30_000 }).toBe(0);
    await p.click('#save');
    const file = join(web.srv.dir, PKG);
    await expect.poll(() => parseYaml(readFileSync(file, 'utf8')).session.decisions[0].reasons, { timeout: 15_000 }).toBe(reasons);
    const d = parseYaml(readFileSync(file, 'utf8')).session.decisions[0];
    expect(d).toMatchObject({ correctedGrade: 'қанағаттанарлық', disciplinaryRecommendations: 'Дисциплинарная мера не рекомендуется.' });
    expect(d.qualityRecommendations).toBeUndefined();
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  }, 180_000);
});
