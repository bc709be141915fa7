/**
 * Render bench: forms per second for DOCX and for PDF (fill + Markdown + backend, warm), and in the
 * same run the ratios to LibreOffice converting the same DOCX to PDF and to docxtemplater (+ pizzip)
 * filling an equivalent DOCX template. Targets (issue 4): one-page PDF form under 10 ms warm (issue 14: under 2 ms),
 * ≥ 100× faster than LibreOffice, DOCX at least as fast as docxtemplater.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';
import { createRenderCache, renderMarkdown } from '../src/render/index.js';
import { fillDocument } from '../src/render/documents.js';
import { defaultTemplatesDir, loadFonts, loadTemplateSet } from '../src/cli/render.js';

const require = createRequire(import.meta.url);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** CPU time of this process (user + system), ms: on a shared machine the wall time mostly measures the others. */
const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * Wall and CPU time per call of each of `fns`, measured side by side: each is warmed up (`warm` calls, so the JIT has
 * compiled its hot paths: 20 calls left the one-page PDF a third slower than its steady state), then `rounds`
 * rounds of `per` calls each, the paths alternating and their order flipping every round, so a load that comes and
 * goes falls on all of them. A round's time divided by its calls counts the garbage collections that fell in it (a
 * per-call median would skip them); the median round is reported, with the spread of the middle half of rounds.
 */
interface Timing { wall: number; cpu: number; cpuLo: number; cpuHi: number; rounds: number; per: number }
async function timeRounds(fns: Record<string, () => Promise<unknown> | unknown>, opts: { rounds: number; per: number; warm: number }): Promise<Record<string, Timing>> {
  const names = Object.keys(fns);
  for (const n of names) for (let i = 0; i < opts.warm; i++) await fns[n]?.();
  const wall = new Map<string, number[]>(names.map((n) => [n, []]));
  const cpu = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < opts.rounds; r++) {
    for (const n of r % 2 ? [...names].reverse() : names) {
      const fn = fns[n] as () => Promise<unknown> | unknown;
      const c = cpuMs();
      const t = performance.now();
      for (let i = 0; i < opts.per; i++) await fn();
      wall.get(n)?.push((performance.now() - t) / opts.per);
      cpu.get(n)?.push((cpuMs() - c) / opts.per);
    }
  }
  const q = (xs: number[], f: number): number => [...xs].sort((a, b) => a - b)[Math.floor(f * (xs.length - 1))] ?? 0;
  return Object.fromEntries(names.map((n) => {
    const cs = cpu.get(n) ?? [];
    return [n, { wall: median(wall.get(n) ?? []), cpu: median(cs), cpuLo: q(cs, 0.25), cpuHi: q(cs, 0.75), rounds: opts.rounds, per: opts.per }];
  }));
}

/** Median wall and CPU time of one call of `fn`, after warm-up runs (for the LibreOffice comparison). */
async function timeEach(n: number, fn: () => Promise<unknown> | unknown): Promise<{ wall: number; cpu: number }> {
  const [t] = Object.values(await timeRounds({ fn }, { rounds: Math.max(1, Math.round(n / 20)), per: 20, warm: 200 }));
  return t ?? { wall: 0, cpu: 0 };
}

const line = (label: string, ms: { wall: number; cpu: number; cpuLo?: number; cpuHi?: number; rounds?: number; per?: number }): void =>
  console.log(`render: ${label}: ${ms.wall.toFixed(2)} ms wall, ${ms.cpu.toFixed(2)} ms CPU each (median${ms.rounds ? ` of ${ms.rounds} rounds of ${ms.per}, CPU ${ms.cpuLo?.toFixed(2)}–${ms.cpuHi?.toFixed(2)} in the middle half` : ''})`);

export async function run(): Promise<void> {
  const templates = defaultTemplatesDir();
  const ts = loadTemplateSet(templates, 'asa-b-model');
  const fixture = join(templates, '..', 'test/render/fixtures/asa-b-managerial.yaml');
  const pkg = parseYaml(readFileSync(fixture, 'utf8')) as Record<string, unknown> & { forms: Record<string, unknown> };
  const methodology = { id: ts.set.methodology, title: ts.set.title };
  const fonts = loadFonts();
  const meta = { title: 'bench', date: '2026-07-15', language: 'kk-KZ' };

  // one-page form: the calibration protocol filled from the fixture; a longer one: the App. 1 sheet
  const onePageSrc = ts.read('calibrationProtocol.md.hbs');
  const sheetSrc = ts.read('managerialSheet.md.hbs');
  // the protocol without the vote-by-vote column fits one page
  const session = { ...(pkg['session'] as Record<string, unknown>), decisions: ((pkg['session'] as { decisions: Record<string, unknown>[] }).decisions).map(({ votes: _v, ...d }) => d) };
  const ctxOne = { methodology, servant: pkg['servant'], period: pkg['period'], session, package: pkg };
  const ctxSheet = { methodology, servant: pkg['servant'], period: pkg['period'], form: pkg.forms['managerialSheet'], package: pkg };
  const pdfOne = await renderMarkdown(fillDocument('p.md.hbs', onePageSrc, ctxOne), { format: 'pdf', meta, fonts });
  const pagesOne = /\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(Buffer.from(pdfOne).toString('latin1'))?.[1] ?? '?';

  // a batch's renders share one cache (parsed front matter), as a caller rendering many documents would keep one
  const cache = createRenderCache();
  const pdf1 = (): Promise<Uint8Array> => renderMarkdown(fillDocument('p.md.hbs', onePageSrc, ctxOne), { format: 'pdf', meta, fonts, cache });
  const docx1 = (): Promise<Uint8Array> => renderMarkdown(fillDocument('p.md.hbs', onePageSrc, ctxOne), { format: 'docx', meta, cache });
  const pdfSheet = (): Promise<Uint8Array> => renderMarkdown(fillDocument('m.md.hbs', sheetSrc, ctxSheet), { format: 'pdf', meta, fonts, cache });
  const docxSheet = (): Promise<Uint8Array> => renderMarkdown(fillDocument('m.md.hbs', sheetSrc, ctxSheet), { format: 'docx', meta, cache });
  // a cold-ish variant: a different servant each time (names are new text to parse and lay out)
  let k = 0;
  const varied = (): Promise<Uint8Array> => renderMarkdown(fillDocument('p.md.hbs', onePageSrc, { ...ctxOne, servant: { ...(pkg['servant'] as object), fullName: `Қызметші № ${++k}` } }), { format: 'pdf', meta, fonts, cache });
  // the same one-page PDF without a shared cache (each render on its own, as one call of the API)
  const pdfAlone = (): Promise<Uint8Array> => renderMarkdown(fillDocument('p.md.hbs', onePageSrc, ctxOne), { format: 'pdf', meta, fonts });
  // the paths alternate in pairs (what is compared side by side), each pair after a full collection, so that one
  // pair's garbage (the varied names fill the caches) is not collected in another's rounds
  const opts = { rounds: 24, per: 20, warm: 300 };
  const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
  gc();
  const t = { ...(await timeRounds({ pdf1, pdfAlone }, opts)) };
  gc();
  Object.assign(t, await timeRounds({ docx1, docxSheet }, opts));
  gc();
  Object.assign(t, await timeRounds({ pdfSheet, varied }, opts));
  line(`PDF, calibration protocol (${pagesOne} page), fill → PDF`, t['pdf1'] as Timing);
  line('DOCX, calibration protocol, fill → DOCX', t['docx1'] as Timing);
  line('PDF, App. 1 evaluation sheet (filled), fill → PDF', t['pdfSheet'] as Timing);
  line('DOCX, App. 1 evaluation sheet (filled), fill → DOCX', t['docxSheet'] as Timing);
  line('PDF, calibration protocol, a new servant name each time', t['varied'] as Timing);
  line('PDF, calibration protocol, no cache shared between renders', t['pdfAlone'] as Timing);

  // LibreOffice: the same DOCX, 10 copies in one call (its best case), per document
  const work = mkdtempSync(join(tmpdir(), 'bagalau-bench-'));
  // the DOCX copies, the PDFs and LibreOffice's profile: removed even when soffice fails
  try {
    const docx = await renderMarkdown(fillDocument('p.md.hbs', onePageSrc, ctxOne), { format: 'docx', meta });
    const names: string[] = [];
    for (let i = 0; i < 10; i++) { const f = join(work, `f${i}.docx`); writeFileSync(f, docx); names.push(f); }
    if (spawnSync('sh', ['-c', 'command -v soffice']).status === 0) {
      const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
      execFileSync('soffice', ['--headless', profile, '--convert-to', 'pdf', '--outdir', join(work, 'warm'), names[0] ?? ''], { stdio: 'ignore' });
      const t = performance.now();
      execFileSync('soffice', ['--headless', profile, '--convert-to', 'pdf', '--outdir', join(work, 'lo'), ...names], { stdio: 'ignore' });
      const loMs = (performance.now() - t) / names.length;
      const made = readdirSync(join(work, 'lo')).length;
      const t1 = performance.now();
      execFileSync('soffice', ['--headless', profile, '--convert-to', 'pdf', '--outdir', join(work, 'one'), names[0] ?? ''], { stdio: 'ignore' });
      const oneMs = performance.now() - t1;
      const nowPdf = await timeEach(100, () => renderMarkdown(fillDocument('p.md.hbs', onePageSrc, ctxOne), { format: 'pdf', meta, fonts }));
      console.log(`render: LibreOffice DOCX → PDF: ${oneMs.toFixed(0)} ms for one document per call, ${loMs.toFixed(0)} ms each with 10 in one call (${made} made)`);
      console.log(`render: bagalau PDF (${nowPdf.wall.toFixed(2)} ms wall, measured right after) is ${(oneMs / nowPdf.wall).toFixed(0)}× faster than one LibreOffice call, ${(loMs / nowPdf.wall).toFixed(0)}× faster than its batched best case (target ≥ 100×)`);
    } else console.log('render: LibreOffice not installed: no ratio');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // docxtemplater: the same document as a DOCX template with tags where the data goes
  const Docxtemplater = require('docxtemplater') as new (zip: unknown, opts: object) => { render(data: object): void; getZip(): { generate(o: object): Uint8Array } };
  const PizZip = require('pizzip') as new (data: Uint8Array) => unknown;
  const tagged = {
    ...ctxOne,
    servant: { ...(pkg['servant'] as object), fullName: 'TAGfullName', position: 'TAGposition', body: 'TAGbody' },
    session: { ...(pkg['session'] as object), number: 'TAGnumber', date: 'TAGdate' },
  };
  const templateDocx = await renderMarkdown(fillDocument('p.md.hbs', onePageSrc, tagged), { format: 'docx', meta });
  // tags as docxtemplater writes them; our runs keep each value in one run
  const zipText = new PizZip(templateDocx) as { file(n: string): { asText(): string } | null; file(n: string, d: string): void; generate(o: object): Uint8Array };
  const docXml = zipText.file('word/document.xml')?.asText() ?? '';
  zipText.file('word/document.xml', docXml.replace(/TAG(\w+)/g, '{$1}'));
  const templateBytes = zipText.generate({ type: 'uint8array' });
  const s = pkg['servant'] as Record<string, string>;
  const sess = pkg['session'] as Record<string, string>;
  const data = { fullName: s['fullName'], position: s['position'], body: s['body'], number: sess['number'], date: sess['date'] };
  const docxtemplater = (): Uint8Array => {
    const d = new Docxtemplater(new PizZip(templateBytes), { paragraphLoop: true, linebreaks: true });
    d.render(data);
    return d.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  };
  // interleaved, so both see the same machine load
  const ours: number[] = [];
  const theirs: number[] = [];
  const oursCpu: number[] = [];
  const theirsCpu: number[] = [];
  for (let i = 0; i < 20; i++) { docxtemplater(); await renderMarkdown(fillDocument('p.md.hbs', onePageSrc, ctxOne), { format: 'docx', meta }); }
  for (let i = 0; i < 200; i++) {
    let c = cpuMs();
    let t = performance.now();
    await renderMarkdown(fillDocument('p.md.hbs', onePageSrc, ctxOne), { format: 'docx', meta });
    ours.push(performance.now() - t);
    oursCpu.push(cpuMs() - c);
    c = cpuMs();
    t = performance.now();
    docxtemplater();
    theirs.push(performance.now() - t);
    theirsCpu.push(cpuMs() - c);
  }
  line('docxtemplater + pizzip filling the same DOCX (interleaved)', { wall: median(theirs), cpu: median(theirsCpu) });
  line('bagalau DOCX, same document (interleaved)', { wall: median(ours), cpu: median(oursCpu) });
  console.log(`render: DOCX bagalau / docxtemplater ratio: ${(median(ours) / median(theirs)).toFixed(2)} wall, ${(median(oursCpu) / median(theirsCpu)).toFixed(2)} CPU (target ≤ 1)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
