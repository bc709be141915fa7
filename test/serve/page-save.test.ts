/**
 * A save from the page keeps what the officer wrote around the values (README «Web page»): the file is edited in
 * place (src/serve/yaml-edit.ts), not written again from its data — comments, key order, quoting stay; a row removed
 * takes its comment with it; the rows are matched by content, so a row removed from the middle does not hand its
 * comment to the next one. The server's save (`PUT /api/file`) and the page's live check read the same text.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { apiRemoveSession, apiUnusedSessions, apiWriteFile, createContext } from '../../src/serve/api.js';
import { checkPackage, packageText } from '../../src/serve/page-engine.js';
import { editedYaml, matchRows } from '../../src/serve/yaml-edit.js';
import { matchItems, merge3, mergeText } from '../../src/serve/line-merge.js';
import fc from 'fast-check';
import { docFromBytes } from '../../src/package/from-bytes.js';
import { tempDir } from '../temp.js';

const FILE = `# Приказ №12 от 05.01.2026
methodology: mic-2018 # the act
servant:
  # as in the order
  fullName: Иванова Мария   # typed by HR
  approvedBy: { name: Әлімбеков Қанат, date: '2021-01-13' }
forms:
  kpiSheet:
    kpis:
      # first KPI: agreed on 10.01
      - no: 1
        name: Өтініштер # from the plan
        plan: 5
      # second KPI: the department's
      - no: 2
        name: Шарттар
        plan: 3
      # third KPI
      - no: 3
        name: Тексерулер
        plan: 7
`;
const data = () => parse(FILE) as { servant: Record<string, unknown>; forms: { kpiSheet: { kpis: Record<string, unknown>[] } } };

describe('a save edits the YAML file in place', () => {
  it('keeps the file as it is when the data did not change', () => {
    expect(editedYaml(FILE, data())).toBe(FILE);
  });

  it('keeps the comments and the key order around a changed value, and adds a new key after its neighbour', () => {
    const d = data();
    d.servant['fullName'] = 'Петрова Айгүл';
    d.servant['position'] = 'бас маман';
    const out = editedYaml(FILE, d)!;
    expect(out).toContain('# Приказ №12 от 05.01.2026\nmethodology: mic-2018 # the act\n');
    expect(out).toContain('  # as in the order\n  fullName: Петрова Айгүл   # typed by HR\n');
    expect(out).toContain("  approvedBy: { name: Әлімбеков Қанат, date: '2021-01-13' }\n  position: бас маман\n");
    expect(out).toContain('# first KPI: agreed on 10.01');
    expect(parse(out)).toEqual(d);
    // the plain writing loses them: what the page did before
    expect(packageText('x.yaml', d)).not.toContain('#');
  });

  it("takes a removed row's comment with it, the rows after it renumbered keeping theirs", () => {
    const d = data();
    d.forms.kpiSheet.kpis.splice(1, 1);
    d.forms.kpiSheet.kpis[1]!['no'] = 2;
    const out = editedYaml(FILE, d)!;
    expect(out).not.toContain('second KPI');
    expect(out).toContain('      # third KPI\n      - no: 2\n        name: Тексерулер\n');
    expect(out).toContain('      # first KPI: agreed on 10.01\n      - no: 1\n        name: Өтініштер # from the plan\n');
    expect(parse(out)).toEqual(d);
  });

  it("takes the first row's comment with it when the first row is removed", () => {
    const d = data();
    d.forms.kpiSheet.kpis.shift();
    d.forms.kpiSheet.kpis.forEach((r, i) => (r['no'] = i + 1));
    const out = editedYaml(FILE, d)!;
    expect(out).not.toContain('first KPI');
    expect(out).not.toContain('from the plan');
    expect(out).toContain("      # second KPI: the department's\n      - no: 1\n        name: Шарттар\n");
    expect(parse(out)).toEqual(d);
  });

  it("keeps an edited row's comment, and writes an added row plainly", () => {
    const d = data();
    d.forms.kpiSheet.kpis[1] = { no: 2, name: 'Келісімшарттар', plan: 4 };
    d.forms.kpiSheet.kpis.push({ no: 4, name: 'Жаңа', plan: 1 });
    const out = editedYaml(FILE, d)!;
    expect(out).toContain("      # second KPI: the department's\n      - no: 2\n        name: Келісімшарттар\n        plan: 4\n");
    expect(out).toContain('      - no: 4\n        name: Жаңа\n');
    expect(parse(out)).toEqual(d);
  });

  it('matches rows by content: removed, edited, moved', () => {
    const rows = [{ no: 1, n: 'a', p: 1 }, { no: 2, n: 'b', p: 2 }, { no: 3, n: 'c', p: 3 }];
    expect(matchRows(rows, [{ no: 1, n: 'a', p: 1 }, { no: 2, n: 'c', p: 3 }])).toEqual([0, 2]);
    expect(matchRows(rows, [{ no: 1, n: 'a', p: 1 }, { no: 2, n: 'x', p: 9 }, { no: 3, n: 'c', p: 3 }])).toEqual([0, 1, 2]);
    expect(matchRows(rows, [{ no: 1, n: 'c', p: 3 }, { no: 2, n: 'a', p: 1 }, { no: 3, n: 'b', p: 2 }])).toEqual([2, 0, 1]);
    expect(matchRows(rows, [])).toEqual([]);
    expect(matchRows([], [{ n: 'a' }])).toEqual([-1]);
  });

  it('merges two changes of a text: each alone is itself, the common items are kept in order', () => {
    const items = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 });
    fc.assert(
      fc.property(items, items, (a, b) => {
        const m = matchItems(a, b)!;
        let last = -1;
        m.forEach((j, i) => {
          if (j < 0) return;
          expect(j).toBeGreaterThan(last);
          expect(b[j]).toBe(a[i]);
          last = j;
        });
        const theirs = () => ['X'];
        expect(merge3(a, b, a, theirs)).toEqual(b);
        expect(merge3(a, a, b, theirs)).toEqual(b);
        expect(merge3(a, b, b, theirs)).toEqual(b);
      }),
      { numRuns: 300 },
    );
    // the shortest script: one line changed in a long file is one item
    const long = Array.from({ length: 500 }, (_, i) => `line ${i}`);
    const one = long.map((l, i) => (i === 250 ? 'changed' : l));
    expect([...matchItems(long, one)!].filter((j) => j < 0)).toHaveLength(1);
  });

  it('keeps Windows line ends', () => {
    const d = data();
    d.servant['fullName'] = 'Петрова Айгүл';
    const out = editedYaml(FILE.replace(/\n/g, '\r\n'), d)!;
    expect(out).toContain('# Приказ №12 от 05.01.2026\r\nmethodology: mic-2018 # the act\r\n');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  // sweep, 07.12.2026: a text of 200,000 lines was not merged (push(...lines) overflowed the stack: the save fell back to
  // the library's print), and a 1 MB line both prints changed took 2.4 s to merge word by word, then the same
  it('merges a text of 200,000 lines, and a very long line both changed is taken from the edited print at once', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `k${i}: ${i}`);
    const ours = lines.map((l, i) => (i === 10 ? `${l}   # typed` : l));
    const theirs = lines.map((l, i) => (i === 150_000 ? 'k150000: 7' : l));
    const merged = mergeText(lines.join('\n'), ours.join('\n'), theirs.join('\n'))!.split('\n');
    expect(merged[10]).toBe('k10: 10   # typed');
    expect(merged[150_000]).toBe('k150000: 7');
    expect(merged).toHaveLength(200_000);
    const long = 'x y '.repeat(250_000);
    const c0 = process.cpuUsage();
    expect(mergeText(`a: 1\nb: ${long}`, `a: 1\nb:  ${long}`, `a: 1\nb: ${long}z`)).toBe(`a: 1\nb: ${long}z`);
    const cpu = process.cpuUsage(c0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1_000); // 2,400 ms before
  });

  // sweep, 07.12.2026: lines both prints changed, as many on no two sides, were the edited print's whole — a folded text
  // typed on two lines (printed on one) was joined, and the spaces before the next line's comment lost
  it('keeps a folded text as typed beside a value changed on the next line', () => {
    const typed = 'note: >\n  Бірінші жол\n  екінші жол\ngrade: 1  # комиссия\n';
    expect(editedYaml(typed, { note: 'Бірінші жол екінші жол\n', grade: 2 })).toBe('note: >\n  Бірінші жол\n  екінші жол\ngrade: 2  # комиссия\n');
  });

  // sweep, 07.12.2026: a file mixing CRLF and LF (two people, two editors) had every line rewritten to CRLF by a save
  it('keeps each line its own line end in a file that mixes them; a line added takes the most used', () => {
    const mixed = 'a: 1\r\nb: 2\nc: [x,  y]\r\nd:\r\n  - p\r\n';
    const out = editedYaml(mixed, { a: 5, b: 2, c: ['x', 'y'], d: ['p', 'q'] })!;
    expect(out).toBe('a: 5\r\nb: 2\nc: [x,  y]\r\nd:\r\n  - p\r\n  - q\r\n');
    // the line of the value changed keeps its own end too
    expect(editedYaml(mixed, { a: 1, b: 3, c: ['x', 'y'], d: ['p'] })).toBe('a: 1\r\nb: 3\nc: [x,  y]\r\nd:\r\n  - p\r\n');
    // mostly LF: lines added get LF, the CRLF line keeps its
    expect(editedYaml('a: 1\r\nb: 2\nc: 3\n', { a: 1, b: 2, c: 3, e: 4 })).toBe('a: 1\r\nb: 2\nc: 3\ne: 4\n');
  });

  it('gives up (null: written plainly) on a file it cannot edit faithfully', () => {
    expect(editedYaml('a: [1, 2\n', { a: 1 })).toBeNull();
  });

  it('changes only the line of the value changed: flow lists, aligned comments, blank lines and quotes stay as typed', () => {
    const typed = `# Приказ №12 от 05.01.2026
methodology: mic-2018       # the act
period:     { from: '2026-01-01', to: "2026-03-31" }

servant:
  fullName: "Иванова Мария"   # typed by HR
  position: 'бас маман'       # from the order
  tags: [a, b,   c]           # flow list as typed


forms:
  kpiSheet:
    kpis:
      - {no: 1, name: Өтініштер, plan: 5}   # inline row
      - no: 2
        name: 'Шарттар'
        plan: 3
# the end, after a blank line above

`;
    const changed = (edit: (d: Record<string, any>) => void): string[] => {
      const d = parse(typed) as Record<string, any>;
      edit(d);
      const out = editedYaml(typed, d)!;
      expect(parse(out)).toEqual(d);
      const a = typed.split('\n');
      const b = out.split('\n');
      expect(b.length).toBe(a.length);
      return b.flatMap((line, i) => (line === a[i] ? [] : [`${a[i]} → ${line}`]));
    };
    expect(changed((d) => (d.servant.fullName = 'Петрова Айгүл'))).toEqual([
      '  fullName: "Иванова Мария"   # typed by HR →   fullName: "Петрова Айгүл"   # typed by HR',
    ]);
    expect(changed((d) => (d.servant.tags[1] = 'x'))).toEqual([
      '  tags: [a, b,   c]           # flow list as typed →   tags: [a, x,   c]           # flow list as typed',
    ]);
    expect(changed((d) => (d.forms.kpiSheet.kpis[0].plan = 6))).toEqual([
      '      - {no: 1, name: Өтініштер, plan: 5}   # inline row →       - {no: 1, name: Өтініштер, plan: 6}   # inline row',
    ]);
    expect(changed((d) => (d.forms.kpiSheet.kpis[1].plan = 4))).toEqual(['        plan: 3 →         plan: 4']);
    expect(changed((d) => (d.period.to = '2026-06-30'))).toEqual([
      `period:     { from: '2026-01-01', to: "2026-03-31" } → period:     { from: '2026-01-01', to: "2026-06-30" }`,
    ]);
    // the library's own print would have changed several lines: what a save did before
    const d = parse(typed) as Record<string, any>;
    d.servant.fullName = 'Петрова Айгүл';
    const whole = typed.split('\n').filter((l) => !editedYaml(typed, d)!.split('\n').includes(l));
    expect(whole).toEqual(['  fullName: "Иванова Мария"   # typed by HR']);
  });

  it('changes one line for one value changed, whatever the file holds (generated files, comments aligned by hand)', () => {
    const word = fc.stringMatching(/^[a-zа-яәғқңөұүһі]{1,8}$/);
    const leaf = fc.oneof(word, fc.integer({ min: 0, max: 999 }));
    const row = fc.dictionary(word, leaf, { minKeys: 1, maxKeys: 4 });
    const data = fc.dictionary(word, fc.oneof(leaf, row, fc.array(row, { minLength: 1, maxLength: 3 }), fc.array(leaf, { minLength: 1, maxLength: 4 })), { minKeys: 1, maxKeys: 6 });
    fc.assert(
      fc.property(data, fc.nat(), fc.boolean(), (d, pick, flow) => {
        // the file as a person typed it: comments after values, set off by several spaces; or all of it in braces, no inner spaces
        const typed = stringify(d, { lineWidth: 0, collectionStyle: flow ? 'flow' : 'block', flowCollectionPadding: false })
          .split('\n')
          .map((l, i) => (/: \S/.test(l) && !l.includes('#') ? `${l}    # note ${i}` : l))
          .join('\n');
        const leaves: { set: (v: unknown) => void; value: unknown }[] = [];
        const walk = (o: any): void => {
          for (const k of Object.keys(o)) {
            if (o[k] !== null && typeof o[k] === 'object') walk(o[k]);
            else leaves.push({ set: (v) => (o[k] = v), value: o[k] });
          }
        };
        const next = parse(typed);
        walk(next);
        const at = leaves[pick % leaves.length]!;
        at.set(typeof at.value === 'number' ? at.value + 1000 : `${at.value}x`);
        const out = editedYaml(typed, next);
        expect(out).not.toBeNull();
        expect(parse(out!)).toEqual(next);
        const a = typed.split('\n');
        const b = out!.split('\n');
        expect(b.length).toBe(a.length);
        expect(b.filter((l, i) => l !== a[i])).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the comments of a file with aliases; an alias whose data changed is written out', () => {
    const typed = '# signers\nboss: &b { name: Әлімбеков Қанат }   # the head\nsigned: *b # same person\nnote: x\n';
    expect(editedYaml(typed, { boss: { name: 'Әлімбеков Қанат' }, signed: { name: 'Әлімбеков Қанат' }, note: 'y' })).toBe(
      '# signers\nboss: &b { name: Әлімбеков Қанат }   # the head\nsigned: *b # same person\nnote: y\n',
    );
    const out = editedYaml(typed, { boss: { name: 'Сейітов Ерлан' }, signed: { name: 'Әлімбеков Қанат' }, note: 'x' })!;
    expect(parse(out)).toEqual({ boss: { name: 'Сейітов Ерлан' }, signed: { name: 'Әлімбеков Қанат' }, note: 'x' });
    expect(out).toContain('# signers\n');
    expect(out).toContain('# the head');
  });

  it('saves through PUT /api/file with the comments kept, and returns the text the page then checks', () => {
    const dir = tempDir('bagalau-save-');
    const ctx = createContext(dir, () => '2026-06-01');
    const file = 'mic-2018/x.yaml';
    const sample = readFileSync(join(import.meta.dirname, '../../samples/mic-2018/valid.yaml'), 'utf8');
    const withNote = sample.replace(/^(\s*)(fullName: .*)$/m, '$1# Приказ №5 от 02.02.2026\n$1$2 # as typed');
    ctx.workspace.write(file, withNote);
    const d = parse(withNote) as { servant: Record<string, unknown> };
    d.servant['position'] = 'Бас маман (өзгерді)';
    const body = docFromBytes('body.json', new TextEncoder().encode(JSON.stringify(d)));
    const r = apiWriteFile(ctx, file, body) as { text: string };
    const saved = readFileSync(join(dir, file), 'utf8');
    expect(saved).toBe(r.text);
    expect(saved).toContain('# Приказ №5 от 02.02.2026');
    expect(saved).toContain(' # as typed');
    expect(saved.split('\n')[0]).toBe(sample.split('\n')[0]);
    expect(parse(saved)).toEqual(d);
    // the page checks the text the save writes: the same line:column as `bagalau check` of the saved file
    expect(packageText(file, d, withNote)).toBe(saved);
    const live = checkPackage(d, file, '2026-06-01', new Map(), undefined, withNote);
    const disk = checkPackage(d, file, '2026-06-01', new Map(), saved);
    expect(live.findings.map((f) => f.place)).toEqual(disk.findings.map((f) => f.place));
    // a windows-1251 file is not edited as UTF-8 (its comment would turn to «�»): its data is written plainly
    const cp1251 = new Uint8Array([...new TextEncoder().encode('# '), 0xcf, 0xf0, 0xe8, 0xea, 0xe0, 0xe7, ...new TextEncoder().encode('\n'), ...readFileSync(join(dir, file))]);
    writeFileSync(join(dir, 'mic-2018/w.yaml'), cp1251);
    expect((apiWriteFile(ctx, 'mic-2018/w.yaml', body) as { text: string }).text).not.toContain('\uFFFD');
    // a JSON file is JSON as before
    writeFileSync(join(dir, 'mic-2018/y.json'), '{}');
    expect((apiWriteFile(ctx, 'mic-2018/y.json', body) as { text: string }).text).toBe(JSON.stringify(d, null, 2) + '\n');
  });
});

describe('a session file removed at the officer\u2019s word (DELETE /api/file)', () => {
  /** A workspace with the asa-b-model sample's package and session texts at hand. */
  const sessionWorkspace = (prefix: string) => {
    const dir = tempDir(prefix);
    return {
      dir,
      ctx: createContext(dir, () => '2026-06-01'),
      session: readFileSync(join(import.meta.dirname, '../../samples/asa-b-model/sessions/2026-q1.yaml'), 'utf8'),
      pkg: readFileSync(join(import.meta.dirname, '../../samples/asa-b-model/valid.yaml'), 'utf8'),
    };
  };
  /** The HTTP status a call ends with (200, or the WorkspaceError's). */
  const status = (f: () => unknown) => { try { f(); return 200; } catch (e) { return (e as { status: number }).status; } };
  it('is refused while a package refers to it, and for a package; removed once none does', () => {
    const { dir, ctx, session, pkg } = sessionWorkspace('bagalau-remove-');
    ctx.workspace.write('elsewhere/q1.yaml', session);
    ctx.workspace.write('sessions/q1.yaml', session);
    ctx.workspace.write('hr/a.yaml', pkg.replace('ref: sessions/2026-q1.yaml', 'ref: ../elsewhere/q1.yaml'));
    expect(status(() => apiRemoveSession(ctx, 'elsewhere/q1.yaml', 'sessions/q1.yaml'))).toBe(409);
    expect(status(() => apiRemoveSession(ctx, 'hr/a.yaml', 'sessions/q1.yaml'))).toBe(400);
    expect(status(() => apiRemoveSession(ctx, 'elsewhere/q1.yaml', 'sessions/none.yaml'))).toBe(404);
    // a package that cannot be read but names the file keeps it too
    ctx.workspace.write('hr/a.yaml', pkg.replace('ref: sessions/2026-q1.yaml', 'ref: ../sessions/q1.yaml'));
    ctx.workspace.write('hr/broken.yaml', 'session: { ref: ../elsewhere/q1.yaml\n');
    expect(status(() => apiRemoveSession(ctx, 'elsewhere/q1.yaml', 'sessions/q1.yaml'))).toBe(409);
    ctx.workspace.write('hr/broken.yaml', 'methodology: asa-b-model\n');
    expect(apiRemoveSession(ctx, 'elsewhere/q1.yaml', 'sessions/q1.yaml')).toEqual({ path: 'elsewhere/q1.yaml', removed: true, copy: 'sessions/q1.yaml' });
    expect(existsSync(join(dir, 'elsewhere/q1.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'sessions/q1.yaml'), 'utf8')).toBe(session);
  });

  it('lists the session files no package uses, and removes one without a copy, refused while a package refers to it', () => {
    const { dir, ctx, session, pkg } = sessionWorkspace('bagalau-leftover-');
    ctx.workspace.write('sessions/used.yaml', session);
    ctx.workspace.write('sessions/left.yaml', session);
    ctx.workspace.write('sessions/named.yaml', session);
    ctx.workspace.write('sessions/a-package.yaml', pkg);
    ctx.workspace.write('a.yaml', pkg.replace('ref: sessions/2026-q1.yaml', 'ref: sessions/used.yaml'));
    // a package that cannot be read but names the file: not offered
    ctx.workspace.write('broken.yaml', 'session: { ref: sessions/named.yaml\n');
    expect(apiUnusedSessions(ctx)).toEqual({ unused: ['sessions/left.yaml'] });
    expect(status(() => apiRemoveSession(ctx, 'sessions/used.yaml', ''))).toBe(409);
    expect(status(() => apiRemoveSession(ctx, 'sessions/named.yaml', ''))).toBe(409);
    expect(status(() => apiRemoveSession(ctx, 'sessions/a-package.yaml', ''))).toBe(400);
    expect(apiRemoveSession(ctx, 'sessions/left.yaml', '')).toEqual({ path: 'sessions/left.yaml', removed: true });
    expect(existsSync(join(dir, 'sessions/left.yaml'))).toBe(false);
    expect(apiUnusedSessions(ctx)).toEqual({ unused: [] });
  });
});
