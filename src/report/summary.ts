/** The per-file results every formatter prints, and their counts. */
import type { Who } from '../check/who.js';
import type { Finding } from '../law/finding.js';

export interface ResultEntry extends Who {
  file: string;
  methodology?: string | null;
  wording?: string | null;
  findings: Finding[];
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarise(results: readonly ResultEntry[]): Summary {
  const s: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const r of results)
    for (const f of r.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  return s;
}
