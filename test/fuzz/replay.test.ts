/**
 * Every input a fuzz campaign found (test/fuzz-found/, minimised, with a .meta.json saying which
 * engine and what went wrong) is replayed through the same worker and oracles as the campaign:
 * in a child process, judged by CPU time, reads, writes and the documents' validity. A meta file
 * with `expectedToFail` names the lane whose fix has not landed yet; that replay is expected to
 * fail until it does (and then fails, as a reminder to drop the mark).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failureOf, Runner } from '../../fuzz/main.js';
import type { Engine } from '../../fuzz/worker.js';

const DIR = 'test/fuzz-found';
interface Meta {
  engine: Engine;
  kind: string;
  detail: string;
  sample: string | null;
  formats: Array<'docx' | 'pdf'> | null;
  asText: boolean;
  renderDraft: boolean;
  expectedToFail?: string;
}
const cases = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((n) => n.endsWith('.meta.json'))
      .map((m) => {
        const meta = JSON.parse(readFileSync(join(DIR, m), 'utf8')) as Meta;
        const input = readdirSync(DIR).find((n) => n.startsWith(m.replace(/\.meta\.json$/, '.')) && !n.endsWith('.meta.json'))!;
        return { name: input, meta };
      })
  : [];

const runner = new Runner(2000);
afterAll(() => runner.stop());

const replay = async (name: string, meta: Meta): Promise<string | null> => {
  const bytes = readFileSync(join(DIR, name));
  const o = await runner.run({
    engine: meta.engine,
    name: meta.engine === 'draft' ? name : name.endsWith('.json') ? 'mutant.json' : 'mutant.yaml',
    ...(meta.sample ? { dir: meta.sample } : {}),
    data: bytes.toString('base64'),
    ...(meta.formats ? { formats: meta.formats } : {}),
    asText: meta.asText,
    renderDraft: meta.renderDraft,
  });
  const kind = failureOf(o, bytes.length, 2000);
  return kind && `${kind}: ${o.ok ? `${o.cpuMs} ms CPU` : o.detail}`;
};

describe('inputs found by fuzzing are handled', () => {
  it('the folder of found inputs is readable (each input has its meta)', () => {
    for (const c of cases) expect(c.name, 'an input beside each .meta.json').toBeDefined();
  });
  for (const { name, meta } of cases) {
    const title = `${meta.engine}: ${name} (was ${meta.kind}: ${meta.detail.slice(0, 80)})`;
    if (meta.expectedToFail) {
      it.fails(`${title} — expected to fail until ${meta.expectedToFail}`, async () => {
        expect(await replay(name, meta)).toBeNull();
      });
    } else {
      it(title, async () => {
        expect(await replay(name, meta)).toBeNull();
      });
    }
  }
});
