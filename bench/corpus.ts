/**
 * A realistic corpus for the bench: every methodology's bundled packages (the valid one and
 * the one-violation fixtures), with session files inlined, varied servant by servant.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { PACKS } from '../src/acts/index.js';

export interface Sample {
  methodology: string;
  data: Record<string, unknown>;
}

export function bundledSamples(root = 'samples'): Sample[] {
  const out: Sample[] = [];
  for (const pack of PACKS) {
    const dir = join(root, pack.id);
    const files = [join(dir, 'valid.yaml')];
    const fx = join(dir, 'fixtures');
    if (existsSync(fx)) for (const f of readdirSync(fx).sort()) if (/\.ya?ml$/.test(f) && !f.includes('.expect.')) files.push(join(fx, f));
    for (const file of files) {
      if (!existsSync(file)) continue;
      const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const s = data['session'] as { ref?: string } | undefined;
      if (s && typeof s.ref === 'string') {
        const p = resolve(dirname(file), s.ref);
        if (existsSync(p)) data['session'] = parse(readFileSync(p, 'utf8'));
      }
      out.push({ methodology: pack.id, data });
    }
  }
  return out;
}

/** n packages cycling through the samples; each a fresh object with its own unit name. */
export function corpus(n: number, samples = bundledSamples()): Sample[] {
  if (samples.length === 0) throw new Error('no bundled samples to build the bench corpus from');
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const s = samples[i % samples.length]!;
    const data = structuredClone(s.data);
    const servant = data['servant'] as Record<string, unknown> | undefined;
    if (servant) servant['unit'] = `${String(servant['unit'] ?? 'Бөлім')} №${i}`;
    out.push({ methodology: s.methodology, data });
  }
  return out;
}
