/**
 * The shape of an App. 4 catalogue of the 2018 corps "B" methodologies (mic-2018, almaty-maslikhat-2018,
 * kyzylorda-maslikhat-2018): category groups as the act prints them, each code kept as printed and read
 * in its canonical form, and the indicators of the pack's indicators.json.
 */
import { normaliseCategoryCode } from '../../law/category-code.js';
import type { CatalogueCompetency, CompetencyCatalogue, GroupCode, IndicatorGroup } from '../../rules/competency.js';

/** A code as printed in a group's cell, with the positions it is annotated with or its «*» exception mark. */
export const groupCode = (printed: string, extra: { positions?: string[]; except?: boolean } = {}): GroupCode => ({
  code: normaliseCategoryCode(printed).code,
  printed,
  ...extra,
});

/** The catalogue: the pack's groups and its indicators.json (verbatim, with the choices made on damaged cells). */
export const catalogueOf = (groups: readonly IndicatorGroup[], indicators: { competencies: readonly CatalogueCompetency[] }): CompetencyCatalogue => ({
  groups,
  competencies: indicators.competencies,
});

/** The KPI grades in the order both acts print them (App. 1 of act 000, App. 2 of act 001; cl. 18 names them). */
export const KPI_GRADES = ['қанағаттанарлықсыз', 'қанағаттанарлық', 'тиімді', 'өте жақсы'] as const;
