import { describe, expect, it } from 'vitest';
import { progress } from '../../src/cli/progress.js';

const sink = (isTTY: boolean) => {
  const out = { isTTY, columns: 40, text: '', write: (s: string) => (out.text += s) };
  return out;
};

describe('the progress line', () => {
  it('writes nothing when standard error is not a terminal, or when turned off', () => {
    for (const [tty, on] of [[false, true], [true, false]] as const) {
      const out = sink(tty);
      const p = progress(3, on, out);
      p.step('a.yaml');
      p.done();
      expect(out.text).toBe('');
    }
  });

  it('redraws [i/n] file in place, at most every 100 ms, always the last, and clears itself', () => {
    const out = sink(true);
    let t = 0;
    const p = progress(3, true, out, () => t);
    p.step('a.yaml');
    t = 50;
    p.step('b.yaml'); // too soon: not drawn
    t = 60;
    p.step('c.yaml'); // the last: drawn
    p.done();
    expect(out.text).toBe('\r\x1b[2K[1/3] a.yaml\r\x1b[2K[3/3] c.yaml\r\x1b[2K');
  });

  it('keeps the end of a long path within the terminal width', () => {
    const out = sink(true);
    progress(1, true, out).step(`${'x'.repeat(100)}/end.yaml`);
    const line = out.text.replace('\r\x1b[2K', '');
    expect(line.length).toBeLessThanOrEqual(39);
    expect(line.endsWith('/end.yaml')).toBe(true);
    expect(line).toContain('…');
  });
});
