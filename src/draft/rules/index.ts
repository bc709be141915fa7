/** The structure rules of the draft checker, in the order their findings are reported. */
import { abbreviationsRule } from './abbreviations.js';
import { bandsRule } from './bands.js';
import { categoryCodesRule } from './category-codes.js';
import { clauseRestartsRule } from './clause-restarts.js';
import { enumsRule } from './enums.js';
import { legalReferencesRule } from './legal-references.js';
import { numberingRule } from './numbering.js';
import { referencesRule } from './references.js';
import type { DraftRule } from './rule.js';

export const STRUCTURE_RULES: readonly DraftRule[] = [
  numberingRule, clauseRestartsRule, referencesRule, abbreviationsRule, categoryCodesRule, bandsRule, enumsRule, legalReferencesRule,
];
