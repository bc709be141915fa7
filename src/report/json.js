/** `--format json`: one object, `{"version":1,"results":[…],"summary":{…}}`. */
import { summarise } from './summary.js';
export function formatJson(results) {
    const s = summarise(results);
    return JSON.stringify({ version: 1, results, summary: { files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos } }, null, 2) + '\n';
}
