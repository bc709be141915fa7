/**
 * A folder as an auditor gets it, for the report tests: every pack's samples and cases (several bodies and units, the
 * same servant and period in several files), a YAML file broken, a JSON file cut short, a plain text, and a YAML that
 * is no package (skipped by `bagalau check`).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { samplesWithCases } from '../../src/package/cases.js';
import { tempDir } from '../temp.js';

/** The files no checker can read, by name and text. */
export const BROKEN = { 'broken.yaml': 'methodology: mic-2018\nservant: [unclosed\n  : : bad\n', 'truncated.json': '{"methodology": "asa-b-model", ', 'readme.yaml': 'just text\n' };
/** The file that is no package. */
export const SKIPPED = 'notes.yaml';
export const SKIPPED_TEXT = 'name: not a package\nversion: 1\n';

/** The folder (removed with the test file, as tempDir's are). */
export function auditFolder(prefix: string): string {
  const folder = samplesWithCases(tempDir(prefix));
  for (const [name, text] of Object.entries(BROKEN)) writeFileSync(join(folder, name), text);
  writeFileSync(join(folder, SKIPPED), SKIPPED_TEXT);
  return folder;
}

/**
 * One unit's folder as an HR department sends it, in a body's folder (Cyrillic names with spaces): a package
 * («Оценка 01.yaml»), the BROKEN files and the SKIPPED one. Returns the unit's folder.
 */
export function unitFolder(prefix: string): string {
  const folder = join(tempDir(prefix), 'Управление образования', 'Отдел кадров');
  mkdirSync(folder, { recursive: true });
  copyFileSync('samples/mic-2018/valid.yaml', join(folder, 'Оценка 01.yaml'));
  for (const [name, text] of Object.entries(BROKEN)) writeFileSync(join(folder, name), text);
  writeFileSync(join(folder, SKIPPED), SKIPPED_TEXT);
  return folder;
}
