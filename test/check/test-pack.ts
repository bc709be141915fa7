/** A small synthetic methodology, so the engine is tested apart from the real packs. */
import { Type } from 'typebox';
import type { Pack } from '../../src/acts/pack.js';
import { Enum, Text } from '../../src/rules/envelope.js';
import { countRule } from '../../src/rules/count.js';
import { deadlineRule } from '../../src/rules/deadline.js';
import { majorityRule, quorumRule, secretaryNoVoteRule, sessionSizeRule } from '../../src/rules/commission.js';
import { tenureRule } from '../../src/rules/exclusion.js';

const t = (s: string) => ({ kk: s, ru: s, en: s });

export const testPack: Pack = {
  id: 'test-pack',
  act: { source: '', issuer: t('issuer'), kind: 'бұйрық', number: '1', date: '2018-01-10', title: t('Test methodology') },
  scope: t('test'),
  validity: { from: '2018-02-01', to: '2022-09-12', entry: { clause: 'order cl. 3', quote: 'қолданысқа енгізіледі' }, repealedBy: t('repealed by Decision No. 153'), repeal: 'Decision No. 153' },
  wordings: [
    { from: '2018-02-01', to: '2020-12-31', date: '2018-01-10', by: 'Order No. 1 of 10.01.2018', label: t('original') },
    { from: '2021-01-01', date: '2020-12-01', by: 'Order No. 7 of 01.12.2020', label: t('amended') },
  ],
  pending: [{ act: t('Order No. 52'), cite: 'Order No. 52', from: '2022-07-11', provisions: ['cl. 3'], note: t('wording not held') }],
  appendices: [{ no: 1, title: 'Жоспар', titleEn: 'Plan', clause: 'cl. 2', formKey: 'plan', present: true }],
  forms: {
    plan: Type.Object(
      { kpis: Type.Array(Type.Object({ text: Text('НМИ', 'KPI') }, { additionalProperties: false })), grade: Type.Optional(Enum(['жақсы', 'жаман'] as const, 'баға', 'grade')) },
      { additionalProperties: false },
    ),
  },
  events: [
    { type: 'plan-set', label: t('plan set'), clause: 'cl. 2' },
    { type: 'familiarised', label: t('familiarised'), clause: 'cl. 9' },
  ],
  session: { kinds: ['commission'], decisions: ['бекіту', 'қайта қарау'], grades: ['жақсы', 'жаман'] },
  absenceKinds: ['еңбек демалысы'],
  categoryCodes: { clause: 'cl. 2', quote: 'С-4' },
  rules: [
    countRule({ id: 'test-pack/kpi-count', clause: 'cl. 3', quote: 'НМИ саны 5 құрайды', title: t('five KPIs'), path: '/forms/plan/kpis', exactly: 5 }),
    deadlineRule({ id: 'test-pack/plan-deadline', clause: 'cl. 2', quote: '10 жұмыс күні ішінде', title: t('plan within 10 working days'), from: { field: '/period/from' }, to: { event: 'plan-set' }, count: 10, unit: 'working-days' }),
    deadlineRule({ id: 'test-pack/familiarise', clause: 'cl. 9', quote: 'екі жұмыс күні ішінде', title: t('familiarise within 2 working days'), from: { session: 'date' }, to: { event: 'familiarised' }, count: 2, unit: 'working-days' }),
    tenureRule({ id: 'test-pack/tenure', clause: 'cl. 4', quote: 'үш айдан кем', title: t('three months in post'), months: 3, at: [{ session: 'date' }] }),
    sessionSizeRule({ id: 'test-pack/size', clause: 'cl. 5', quote: '5 адамнан кем болмауы тиіс', title: t('at least 5 members'), min: 5 }),
    quorumRule({ id: 'test-pack/quorum', clause: 'cl. 30', quote: 'үштен екісі', title: t('quorum 2/3'), fraction: [2, 3] }),
    majorityRule({ id: 'test-pack/majority', clause: 'cl. 33', quote: 'төрағасының дауысы шешуші', title: t('majority, chair decides a tie'), chairCasting: true }),
    secretaryNoVoteRule({ id: 'test-pack/secretary', clause: 'cl. 34', quote: 'дауыс бермейді', title: t('secretary does not vote') }),
  ],
  params: {},
  unchecked: [],
};

/** A package valid under the test pack (period 2019). */
export function validPackage(): Record<string, unknown> {
  const members = ['Ахметов А.', 'Бекова Б.', 'Сейітов С.', 'Дәулетов Д.', 'Ерланова Е.'];
  return {
    methodology: 'test-pack',
    servant: { fullName: 'Қасымова Ә.', position: 'бас маман', category: 'С-4', body: 'министрлік', appointedOn: '2018-03-01' },
    period: { from: '2019-01-01', to: '2019-12-31' },
    forms: { plan: { kpis: [1, 2, 3, 4, 5].map((i) => ({ text: `НМИ ${i}` })), grade: 'жақсы' } },
    events: [
      { type: 'plan-set', date: '2019-01-14' },
      { type: 'familiarised', date: '2020-01-16' },
    ],
    session: {
      kind: 'commission',
      date: '2020-01-14',
      members: [
        ...members.map((name, i) => ({ name, role: i === 0 ? 'chair' : 'member', present: true })),
        { name: 'Хатшы Х.', role: 'secretary', hr: true, present: true },
      ],
      decisions: [{ servant: 'Қасымова Ә.', decision: 'бекіту', votes: members.map((member) => ({ member, vote: 'for' })) }],
    },
  };
}
