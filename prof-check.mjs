import { packById } from './dist/src/acts/index.js';
import { newBatch } from './dist/src/check/batch.js';
import { checkDocument } from './dist/src/check/run.js';
import { createCalendar } from './dist/src/law/calendar/index.js';
import { bundledSamples, corpus } from './dist/bench/corpus.js';
const pkgs = corpus(20000, bundledSamples());
const opts = { today: '2026-11-22', calendar: createCalendar(), batch: newBatch() };
let f = 0; const per = new Map();
for (let r = 0; r < 6; r++) { const c0 = process.cpuUsage(); f = 0;
 for (const p of pkgs) { const n = checkDocument({ file: 'b', data: p.data, findings: [] }, opts).findings.length; f += n; if (r===0) per.set(p.methodology, (per.get(p.methodology)??0)+n); }
 const c = process.cpuUsage(c0); console.log('pass', r, ((c.user+c.system)/pkgs.length).toFixed(1), 'us/pkg', f, 'findings'); }
console.log([...per]);
