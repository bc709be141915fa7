/**
 * "What was the rule on date D" is a lookup: which wording of the act governs a package,
 * whether the act was in force at all, and which amendments touch the period although
 * we do not hold their wording.
 */
import { pendingOn, wordingOn, type Pack, type Wording } from '../acts/pack.js';
import { t3, type Finding } from '../law/finding.js';
import { actRefText, clauseText } from '../law/cite-text.js';
import { dayText } from '../law/day-text.js';

export interface AsOf {
  wording: Wording;
  findings: Finding[];
}

/** Days in a sentence as each language writes them (../law/day-text.ts); an open end is «…». */
const kk = (d: string | undefined) => (d === undefined ? '…' : dayText(d, 'kk'));
const en = (d: string | undefined) => d ?? '…';

export function selectWording(pack: Pack, period: { from: string; to: string }, wordingDate?: string): AsOf {
  const findings: Finding[] = [];
  const from = wordingDate ?? period.from;
  const to = wordingDate ?? period.to;
  const v = pack.validity;
  const latest = pack.wordings[pack.wordings.length - 1]?.date ?? pack.act.date;
  // A validity finding rests on the repealing act (days after repeal) or on the clause that put the act into force.
  const afterRepeal = v.to !== undefined && to > v.to;
  const cite = { act: pack.id, clause: afterRepeal && v.repeal ? v.repeal : v.entry.clause, wording: latest };
  const validity = t3(`${kk(v.from)} – ${kk(v.to)}`, `${kk(v.from)} – ${kk(v.to)}`, `${v.from} – ${en(v.to)}`);
  const what = wordingDate
    ? t3(`${kk(wordingDate)} күні`, `на ${kk(wordingDate)}`, `on ${wordingDate}`)
    : t3(`${kk(period.from)}–${kk(period.to)} кезеңі`, `период ${kk(period.from)}–${kk(period.to)}`, `the period ${period.from}–${period.to}`);
  if (to < v.from || (v.to !== undefined && from > v.to)) {
    findings.push({
      ruleId: 'outside-validity',
      severity: 'error',
      message: t3(
        `${what.kk} әдістеменің қолданылу мерзімінен тыс (${validity.kk})${v.repealedBy ? `; ${v.repealedBy.kk}` : ''}`,
        `${what.ru} вне срока действия методики (${validity.ru})${v.repealedBy ? `; ${v.repealedBy.ru}` : ''}`,
        `${what.en} lies outside the methodology's validity (${validity.en})${v.repealedBy ? `; ${v.repealedBy.en}` : ''}`,
      ),
      path: wordingDate ? '' : '/period',
      cite,
      facts: { validity: { from: v.from, to: v.to ?? null }, period, wordingDate: wordingDate ?? null, ...(afterRepeal ? { repealedBy: v.repeal ?? null } : { entry: v.entry.clause }) },
    });
  } else if (from < v.from || (v.to !== undefined && to > v.to)) {
    findings.push({
      ruleId: 'partly-outside-validity',
      severity: 'warning',
      message: t3(
        `${what.kk} әдістеме күшінде болмаған күндерді қамтиды (${validity.kk})`,
        `${what.ru} захватывает дни, когда методика не действовала (${validity.ru})`,
        `${what.en} includes days when the methodology was not in force (${validity.en})`,
      ),
      path: '/period',
      cite,
      facts: { validity: { from: v.from, to: v.to ?? null }, period, ...(afterRepeal ? { repealedBy: v.repeal ?? null } : { entry: v.entry.clause }) },
    });
  }
  // The wording in force on the last day of the period (or on the date asked for).
  const held = wordingOn(pack, to);
  const wording = held ?? nearest(pack.wordings, to);
  // After repeal (or before entry into force) no wording was in force: the validity finding says so, not this one.
  if (!held && !afterRepeal && to >= v.from) {
    findings.push({
      ruleId: 'wording-not-held',
      severity: 'warning',
      message: t3(
        `${kk(to)} күні күшінде болған редакцияның мәтіні бізде жоқ; ${kk(wording.date)} редакциясы (${actRefText(wording.by, 'kk')}) бойынша тексерілді`,
        `текста редакции, действовавшей на ${kk(to)}, у нас нет; проверено по редакции от ${kk(wording.date)} (${actRefText(wording.by, 'ru')})`,
        `we do not hold the wording in force on ${to}; checked under the wording of ${wording.date} (${wording.by})`,
      ),
      path: wordingDate ? '' : '/period',
      // Rests on the act that gave the wording we hold (the text before it is what we lack).
      cite: { act: pack.id, clause: wording.by, wording: wording.date },
      facts: { asOf: to, usedWording: wording.date, usedWordingBy: wording.by, held: pack.wordings.map((w) => ({ from: w.from, to: w.to ?? null, date: w.date, by: w.by })) },
    });
  }
  for (const a of pendingOn(pack, to)) {
    findings.push({
      ruleId: 'amendment-not-held',
      severity: 'warning',
      message: t3(
        `${a.act.kk} ${kk(a.from)} бастап ${a.provisions.map((c) => clauseText(c, 'kk')).join(', ')} ережелерін өзгертеді; оның мәтіні бізде жоқ, сондықтан бұл ережелер бұрынғы редакция бойынша тексерілді`,
        `${a.act.ru} с ${kk(a.from)} изменяет ${a.provisions.map((c) => clauseText(c, 'ru')).join(', ')}; его текста у нас нет, эти положения проверены по прежней редакции`,
        `${a.act.en} amends ${a.provisions.join(', ')} from ${a.from}; we do not hold its wording, so these provisions were checked under the earlier wording`,
      ),
      path: wordingDate ? '' : '/period',
      cite: { act: pack.id, clause: a.cite, wording: wording.date },
      facts: { amendment: a.act.en, amendmentCite: a.cite, from: a.from, provisions: a.provisions },
      note: a.note,
    });
  }
  return { wording, findings };
}

function nearest(ws: Wording[], date: string): Wording {
  const before = ws.filter((w) => w.from <= date);
  const pick = before.length > 0 ? before[before.length - 1] : ws[0];
  if (!pick) throw new Error('a pack must hold at least one wording');
  return pick;
}
