/**
 * The check engine as the page loads it (built by scripts/build-web.ts from src/serve/page-engine.ts):
 * the same checkDocument as the CLI, run in the browser.
 */
declare module 'bagalau:engine' {
  import type { CheckResult } from './lib.js';
  /** Fetches one methodology's validators (its own chunk); false for an id the build did not see. */
  export function loadValidators(id: string): Promise<boolean>;
  /** A session file's own findings (its schema), as it will be saved at `file` over `base` (or in `text`, the file as it is). */
  export function checkSession(data: unknown, file: string, methodology: string, text?: string, base?: string): CheckResult['findings'];
  /** The App. 4 indicator texts each row of the package's competency sheet may list (null: no such catalogue). */
  export function indicatorChoices(data: unknown): { form: string; field: string; rows: string[][] } | null;
  /** `text`: the file as it is (not changed); else the text it will be saved as, over `base` (the file as it is) if any. */
  export function checkPackage(data: unknown, file: string, today: string, sessions?: ReadonlyMap<string, string>, text?: string, base?: string): CheckResult;
}
