/**
 * Percent-to-grade tables and grade bands leave no gap and do not overlap, at the precision they are
 * written in (act 004 App. 3 «40-44,49» leaves 44,50–44,99 % without a grade; the model's cl. 8 bands
 * 4–5, 3–3,99, 2–2,99, 0–1,99 are contiguous).
 */
import { decimalComma } from '../../law/number-text.js';
import { t3, type Finding } from '../../law/finding.js';
import { pointer } from '../../law/json-pointer.js';
import type { Table, TextSpan } from '../act.js';
import { clauseSpans, clauseText } from '../act.js';
import { finding, placeInSpan, type DraftContext } from '../context.js';
import { bandProblems, cellRange, columnPairRanges, isRussianText, textRanges, type NumericRange } from '../kazakh-text.js';
import { ruRanges } from '../russian-text.js';
import type { DraftRule } from './rule.js';


function report(ctx: DraftContext, bands: Array<{ range: NumericRange; span: TextSpan }>, path: string, what: string): Finding[] {
  return bandProblems(bands.map((b) => b.range)).map((p) => {
    const at = bands[p.between[0]] as { range: NumericRange; span: TextSpan };
    const a = at.range.raw;
    const b = (bands[p.between[1]] as { range: NumericRange }).range.raw;
    const range = p.from === p.to ? decimalComma(p.from) : `${decimalComma(p.from)}–${decimalComma(p.to)}`;
    const place = placeInSpan(ctx, at.span, at.range.raw, at.range.index);
    return p.kind === 'gap'
      ? finding('draft/band-gap', 'error',
        t3(`${what.split('|')[0]}: «${a}» мен «${b}» аралығында ${range} мәндері ешбір жолға кірмейді`,
          `${what.split('|')[1]}: значения ${range} между «${a}» и «${b}» не попадают ни в одну строку`,
          `${what.split('|')[2]}: values ${range} between «${a}» and «${b}» fall in no band`),
        path, place, { facts: { gap: [p.from, p.to], bands: [a, b] } })
      : finding('draft/band-overlap', 'error',
        t3(`${what.split('|')[0]}: «${a}» мен «${b}» қабаттасады (${range})`, `${what.split('|')[1]}: «${a}» и «${b}» пересекаются (${range})`,
          `${what.split('|')[2]}: «${a}» and «${b}» overlap (${range})`),
        path, place, { facts: { overlap: [p.from, p.to], bands: [a, b] } });
  });
}

/** Columns of a table whose body cells are mostly ranges. */
function tableBands(ctx: DraftContext, table: Table, path: string): Finding[] {
  const body = table.rows.slice(1);
  const width = Math.max(0, ...body.map((r) => r.length));
  const out: Finding[] = [];
  for (let col = 0; col < width; col++) {
    const cells = body.map((r) => r[col]).filter((c): c is TextSpan => c !== undefined && c.text !== '');
    const bands = cells.flatMap((span) => {
      const range = cellRange(span.text);
      return range ? [{ range, span }] : [];
    });
    if (bands.length < 3 || bands.length < cells.length * 0.6) continue;
    out.push(...report(ctx, bands, path, 'Кесте бағаны|Столбец таблицы|Table column'));
  }
  // «From» and «to» in two columns: each row's band is its last two cells.
  const pairs = columnPairRanges(table.rows);
  if (pairs) out.push(...report(ctx, pairs.map((p) => ({ range: p.range, span: p.cell })), path, 'Кесте жолдары|Строки таблицы|Table rows'));
  return out;
}

export const bandsRule: DraftRule = {
  id: 'draft/band-gap',
  severity: 'error',
  description: t3('Пайыз бен баға кестелері мен баға аралықтары бос орынсыз және қабаттаспай жазылады',
    'Таблицы процентов и оценок и диапазоны оценок без пропусков и пересечений',
    'Percent-to-grade tables and grade bands have no gaps and no overlaps'),
  check(ctx) {
    const out: Finding[] = [];
    ctx.act.documents.forEach((doc, d) => {
      doc.appendices.forEach((a, i) => a.tables.forEach((t) => out.push(...tableBands(ctx, t, pointer('documents', d, 'appendices', i)))));
      doc.tables.forEach((t) => out.push(...tableBands(ctx, t, pointer('documents', d))));
      // A Russian methodology writes its bands «от 4 до 5 баллов, … от 3 до 3,99 балла» (read as its values are, § 3).
      const ranges = isRussianText(doc.clauses.map((c) => clauseText(c)).join('\n')) ? ruRanges : textRanges;
      doc.clauses.forEach((c, i) => {
        // Bands written in a clause's text: «4-тен 5 баллға дейін, … 3-тен 3,99 баллға дейін …».
        const bands = clauseSpans(c).flatMap((span) => ranges(span.text).map((range) => ({ range, span })));
        if (bands.length >= 3) out.push(...report(ctx, bands, pointer('documents', d, 'clauses', i), 'Баға аралықтары|Диапазоны оценок|Grade bands'));
      });
    });
    return out;
  },
};
