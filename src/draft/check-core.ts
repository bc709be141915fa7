/**
 * The draft checker: parse the draft, run the structure rules, compare with the model methodology on
 * the draft's date. Pure: Markdown and a date in, findings out.
 */
import { SEVERITY_RANK, t3, type Finding, type Text3 } from '../law/finding.js';
import type { DraftAct } from './act.js';
import { makeContext } from './context.js';
import { compareWithModel, type ModelComparison } from './model-check.js';
import { checkLimits, LIMITS, oneLineEnding } from './limits.js';
import { parseDraft } from './parse.js';
import { crossReferenceFindings } from './cross-references.js';
import { hasRevisions, revisionsFinding } from './revisions.js';
import { placeAtEmptyNumbered } from './empty-numbered.js';
import { parallelColumnsFinding } from './parallel-columns.js';
import { STRUCTURE_RULES } from './rules/index.js';
import { resolvePlaces, type SourceMap } from './where.js';

export interface DraftCheckOptions {
  /** ISO date (yyyy-mm-dd) the draft is to be read on: selects the model's wording. */
  date: string;
  /** Compare with the model methodology (default true). */
  model?: boolean;
  /** What the Markdown's lines are in the user's file (a published .txt, a Word file): places are mapped to it. */
  source?: SourceMap;
}

export interface DraftCheckResult {
  act: DraftAct;
  findings: Finding[];
  comparison: ModelComparison | null;
}

/** A draft that cannot be read (a file missing, not a Word file, not UTF-8): the file's one finding. */
export const draftInputFinding = (reason: string | Text3): Finding => {
  const r = typeof reason === 'string' ? t3(reason, reason, reason) : reason;
  return { ruleId: 'input', severity: 'error', path: '', message: t3(`Файлды оқу мүмкін емес: ${r.kk}`, `Не удалось прочитать файл: ${r.ru}`, `Cannot read the file: ${r.en}`) };
};

/** Findings by place (findings without a place first), then by severity. */
export const byPlace = (a: Finding, b: Finding): number =>
  (a.place?.line ?? 0) - (b.place?.line ?? 0) || (a.place?.column ?? 0) - (b.place?.column ?? 0) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];

const emptyAct = (): DraftAct => ({ title: null, preamble: [], legalBasis: null, operativeMarker: null, operative: [], signature: [], documents: [], comments: [] });

/**
 * The hyphen and the non-breaking hyphen (U+2010, U+2011: pasted from Word or a web page, «5‑тармақ» kept on one line)
 * read as the hyphen-minus they look like, one character for one so that every place stays where it was.
 */
const plainHyphens = (text: string): string => (/[\u2010\u2011]/u.test(text) ? text.replace(/[\u2010\u2011]/gu, '-') : text);

/**
 * Letters written decomposed (NFD: «й» as «и» and a combining breve, «ё» as «е» and a diaeresis), as text pasted from
 * a Mac, a PDF or a web page may be, composed again (NFC), so that the words read as the letters they show. Before,
 * a faithful Kazakh draft so written was told the grade bands were absent and the grade scale unreadable. Our
 * choice: the lines stay the same, but a column named on such a line counts the composed letters.
 */
const composed = (text: string): string => {
  const nfc = text.normalize('NFC');
  return nfc === text ? text : nfc;
};

export function checkDraft(text: string, options: DraftCheckOptions): DraftCheckResult {
  const markdown = plainHyphens(composed(oneLineEnding(text)));
  // Bounded before the parser sees it: a draft beyond the bounds is one clear `input` finding.
  const breach = checkLimits(markdown);
  if (breach) {
    const f: Finding = { ruleId: 'input', severity: 'error', path: '', place: breach.place, message: breach.message, facts: { limit: breach.limit, bound: LIMITS[breach.limit] } };
    return { act: emptyAct(), findings: resolvePlaces([f], options.source), comparison: null };
  }
  const act = parseDraft(markdown);
  const ctx = makeContext(markdown, act, options.source?.unit === 'paragraphs');
  const findings = STRUCTURE_RULES.flatMap((rule) => rule.check(ctx));
  const comparison = options.model === false ? null : compareWithModel(ctx, options.date);
  if (comparison) findings.push(...comparison.findings);
  // A Word file with changes left unaccepted was read as if they were accepted: the author is told so.
  if (hasRevisions(options.source?.revisions)) findings.push(revisionsFinding(options.source.revisions));
  // A Word cross-reference whose bookmark is gone, or that shows a number its clause no longer has.
  if (options.source?.crossReferences) findings.push(...crossReferenceFindings(options.source.crossReferences));
  // A methodology written in two languages side by side: one column was checked, the other was not.
  if (options.source?.parallelColumns) findings.push(parallelColumnsFinding(options.source.parallelColumns));
  // A gap left by an empty numbered paragraph of a Word file is told at that paragraph, where the author sees it.
  const resolved = resolvePlaces(findings.sort(byPlace), options.source);
  const placed = placeAtEmptyNumbered(resolved, options.source?.emptyNumbered, options.source?.text);
  // Only a finding moved to its empty paragraph changes the order (a stable sort by paragraph keeps the rest).
  return { act, findings: placed.some((f, k) => f !== resolved[k]) ? [...placed].sort((a, b) => (a.place?.line ?? 0) - (b.place?.line ?? 0)) : placed, comparison };
}
