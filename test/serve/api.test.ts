/** The HTTP API of `bagalau serve`, over a copy of samples/ on a loopback port. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { unzipSync } from 'fflate';
import { serveSamples, staffXlsx, TODAY } from './helpers.js';

let srv: Awaited<ReturnType<typeof serveSamples>>;
beforeAll(async () => {
  srv = await serveSamples();
});
afterAll(async () => {
  await srv?.stop();
});

const url = (p: string) => new URL(p, srv.url).toString();
const yamlOf = (f: string) => readFileSync(f, 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const j = (r: Response): Promise<any> => r.json();
const post = (p: string, body: string | Uint8Array, type = 'application/yaml', headers: Record<string, string> = {}) =>
  fetch(url(p), { method: 'POST', body, headers: { 'content-type': type, ...headers } });

describe('POST /api/check', () => {
  it('gives the same result object as bagalau check --format json', async () => {
    const file = 'asa-b-model/fixtures/result-band.yaml';
    const res = await post(`/api/check?file=${file}&today=${TODAY}`, yamlOf(join(srv.dir, file)));
    expect(res.status).toBe(200);
    const got = await j(res);
    const cli = JSON.parse(spawnSync('node', ['dist/src/cli/main.js', 'check', join(srv.dir, file), '--format', 'json', '--today', TODAY], { encoding: 'utf8' }).stdout);
    expect(got.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(cli.results[0].findings.map((f: { ruleId: string }) => f.ruleId));
    expect(got.findings.some((f: { ruleId: string; cite?: { clause: string } }) => f.ruleId === 'asa-b-model/result-band' && f.cite?.clause)).toBe(true);
  }, 60_000);

  it('a valid package has no error; JSON bodies are read too', async () => {
    const data = parseYaml(yamlOf(join(srv.dir, 'asa-b-model/valid.yaml')));
    const res = await post(`/api/check?file=asa-b-model/valid.yaml&today=${TODAY}`, JSON.stringify(data), 'application/json');
    const got = await j(res);
    expect(got.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  });

  it('a malformed body is a 400 with findings, not a 500', async () => {
    for (const [body, type] of [['{"methodology": ', 'application/json'], ['a: [1, 2', 'application/yaml'], ['- just\n- a list', 'application/yaml'], ['', 'application/json']] as const) {
      const res = await post('/api/check', body, type);
      expect(res.status, body).toBe(400);
      const got = await j(res);
      expect(got.findings[0].ruleId).toBe('input');
      expect(got.findings[0].message.kk).toBeTruthy();
      expect(JSON.stringify(got)).not.toMatch(/\n\s+at /);
    }
  });

  it('an oversized body is a 413 and the server stays up', async () => {
    const res = await post('/api/check', 'x'.repeat(3 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect((await j(res)).findings[0].message.en).toMatch(/too large/);
    expect((await fetch(url('/api/methodologies'))).status).toBe(200);
  });
});

describe('security', () => {
  it('sends a CSP with no external origin', async () => {
    const res = await fetch(url('/api/openapi.json'));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('refuses a state-changing request from another origin, accepts its own', async () => {
    const body = yamlOf(join(srv.dir, 'asa-b-model/valid.yaml'));
    expect((await post('/api/check', body, 'application/yaml', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('/api/check', body, 'application/yaml', { origin: new URL(srv.url).origin })).status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(srv.url);
      const req = request({ host: u.hostname, port: u.port, path: '/api/files', headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('workspace paths cannot escape', async () => {
    for (const p of ['../etc/passwd', '/etc/passwd', 'a/../../x.yaml', 'asa-b-model/../../x.yaml']) {
      const res = await fetch(url(`/api/file?path=${encodeURIComponent(p)}`));
      expect([400, 403], p).toContain(res.status);
    }
    symlinkSync('/etc', join(srv.dir, 'out'));
    expect((await fetch(url('/api/file?path=out/hostname'))).status).toBe(403);
    const put = await fetch(url('/api/file?path=out/x.yaml'), { method: 'PUT', body: '{"methodology":"asa-b-model"}', headers: { 'content-type': 'application/json' } });
    expect(put.status).toBe(403);
  });

  it('a token, when given, is required', async () => {
    const s = await serveSamples({ token: 'a-long-enough-test-token' });
    try {
      expect((await fetch(new URL('/api/files', s.url))).status).toBe(401);
      expect((await fetch(new URL('/api/files', s.url), { headers: { authorization: 'Bearer a-long-enough-test-token' } })).status).toBe(200);
    } finally {
      await s.stop();
    }
  });

  it('serve refuses a non-loopback host without --token', () => {
    const r = spawnSync('node', ['dist/src/cli/main.js', 'serve', '--host', '0.0.0.0', '--port', '0'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--token/);
  });
});

describe('workspace', () => {
  it('saves a package atomically as YAML and reads it back', async () => {
    const data = parseYaml(yamlOf(join(srv.dir, 'asa-b-model/valid.yaml')));
    data.servant.fullName = 'Жаңа Есім';
    const res = await fetch(url('/api/file?path=asa-b-model/new.yaml'), { method: 'PUT', body: JSON.stringify(data), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(200);
    expect(parseYaml(readFileSync(join(srv.dir, 'asa-b-model/new.yaml'), 'utf8')).servant.fullName).toBe('Жаңа Есім');
    expect(readdirSync(join(srv.dir, 'asa-b-model')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // a body that is not a package does not replace the file
    const bad = await fetch(url('/api/file?path=asa-b-model/new.yaml'), { method: 'PUT', body: '{"broken', headers: { 'content-type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect(parseYaml(readFileSync(join(srv.dir, 'asa-b-model/new.yaml'), 'utf8')).servant.fullName).toBe('Жаңа Есім');
    const files = await j(await fetch(url('/api/files')));
    expect(files.packages).toContain('asa-b-model/new.yaml');
    expect(files.sessions).toContain('asa-b-model/sessions/2026-q1.yaml');
  });

  it('a new package (new=1) is not written over a file of the same name: 409, the file as it was; without new=1 the same body saves', async () => {
    const target = join(srv.dir, 'asa-b-model/valid.yaml');
    const before = readFileSync(target, 'utf8');
    const data = parseYaml(before);
    data.servant.fullName = 'Басқа Адам';
    const res = await fetch(url('/api/file?path=asa-b-model/valid.yaml&new=1'), { method: 'PUT', body: JSON.stringify(data), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(409);
    expect((await j(res)).error.ru).toMatch(/уже есть, не перезаписывается/);
    expect(readFileSync(target, 'utf8')).toBe(before);
    const fresh = await fetch(url('/api/file?path=asa-b-model/fresh.yaml&new=1'), { method: 'PUT', body: JSON.stringify(data), headers: { 'content-type': 'application/json' } });
    expect(fresh.status).toBe(200);
    expect(parseYaml(readFileSync(join(srv.dir, 'asa-b-model/fresh.yaml'), 'utf8')).servant.fullName).toBe('Басқа Адам');
  });

  it('a save that names the version it read is refused (409) once the file changed on disk since, and the change there stays', async () => {
    const rel = 'asa-b-model/versioned.yaml';
    const target = join(srv.dir, rel);
    writeFileSync(target, readFileSync(join(srv.dir, 'asa-b-model/valid.yaml')));
    const read = await j(await fetch(url(`/api/file?path=${rel}`)));
    expect(read.version).toMatch(/^[0-9a-f]{32}$/);
    const mine = { ...read.data, servant: { ...read.data.servant, position: 'бас маман (бетте)' } };
    const put = (version?: string) =>
      fetch(url(`/api/file?${new URLSearchParams({ path: rel, ...(version ? { version } : {}) })}`), { method: 'PUT', body: JSON.stringify(mine), headers: { 'content-type': 'application/json' } });
    // a colleague changes the file meanwhile
    const theirs = read.text.replace(read.data.servant.fullName, 'Әріптес Түзеткен');
    writeFileSync(target, theirs);
    const refused = await put(read.version);
    expect(refused.status).toBe(409);
    const said = (await j(refused)).error;
    expect(said.kk).toMatch(/ашылғаннан кейін дискіде өзгертілді/);
    expect(said.ru).toMatch(/изменён на диске после того, как был открыт/);
    expect(said.en).toMatch(/changed on disk after it was opened/);
    expect(readFileSync(target, 'utf8')).toBe(theirs);
    // the version of the text as it now is: saved, and the answer names the new version
    const now = await j(await fetch(url(`/api/file?path=${rel}`)));
    const ok = await put(now.version);
    expect(ok.status).toBe(200);
    const saved = await j(ok);
    expect(saved.version).not.toBe(now.version);
    expect(saved.version).toBe((await j(await fetch(url(`/api/file?path=${rel}`)))).version);
    // changed again since: refused; without a version (the officer's «save over»), written
    const gone = saved.version;
    writeFileSync(target, theirs);
    expect((await put(gone)).status).toBe(409);
    expect((await put()).status).toBe(200);
    expect(parseYaml(readFileSync(target, 'utf8')).servant.position).toBe('бас маман (бетте)');
  });

  it('writes only package files', async () => {
    const res = await fetch(url('/api/file?path=evil.sh'), { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(existsSync(join(srv.dir, 'evil.sh'))).toBe(false);
  });
});

describe('render, draft, calendar, methodologies, openapi', () => {
  it('renders a form as PDF whose text carries the package', async () => {
    const res = await post('/api/render?format=pdf&form=managerialSheet&file=asa-b-model/valid.yaml', yamlOf(join(srv.dir, 'asa-b-model/valid.yaml')));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = join(srv.dir, 'x.pdf');
    writeFileSync(pdf, new Uint8Array(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Жұмабеков');
    expect(text).toContain('3,7');
  }, 60_000);

  it('a ZIP holds every document in both formats', async () => {
    const res = await post('/api/render?format=zip&file=asa-b-model/valid.yaml', yamlOf(join(srv.dir, 'asa-b-model/valid.yaml')));
    expect(res.status).toBe(200);
    const names = Object.keys(unzipSync(new Uint8Array(await res.arrayBuffer())));
    expect(names.some((n) => n.endsWith('managerialSheet.pdf'))).toBe(true);
    expect(names.some((n) => n.endsWith('managerialSheet.docx'))).toBe(true);
  }, 120_000);

  it('an invalid package is not rendered: 400 with its findings', async () => {
    const res = await post('/api/render?format=pdf', 'methodology: asa-b-model\nservant: {}\n');
    expect(res.status).toBe(400);
    expect((await j(res)).findings.some((f: { ruleId: string }) => f.ruleId === 'schema')).toBe(true);
  });

  it('checks a draft', async () => {
    const res = await post('/api/draft/check?date=2026-01-01', readFileSync('samples/drafts/band-gap.md'), 'text/markdown');
    expect(res.status).toBe(200);
    const got = await j(res);
    expect(got.findings.length).toBeGreaterThan(0);
    const ok = await j(await post('/api/draft/check?date=2026-01-01', readFileSync('samples/drafts/ok.md'), 'text/markdown'));
    expect(ok.findings.filter((f: { severity: string }) => f.severity === 'error').length).toBeLessThan(got.findings.filter((f: { severity: string }) => f.severity === 'error').length);
  });

  it('calendar, deadline, methodologies and the OpenAPI document', async () => {
    const y = await j(await fetch(url('/api/calendar/2026')));
    expect(y.year).toBe(2026);
    expect(y.daysOff[0].source).toBeTruthy();
    expect((await fetch(url('/api/calendar/20x6'))).status).toBe(400);
    const d = await j(await fetch(url('/api/deadline?from=2026-04-15&count=5')));
    expect(d.deadline).toBe('2026-04-22');
    const m = await j(await fetch(url('/api/methodologies')));
    expect(m.methodologies.map((x: { id: string }) => x.id)).toContain('asa-b-model');
    const o = await j(await fetch(url('/api/openapi.json')));
    expect(o.openapi).toMatch(/^3\./);
    for (const p of ['/api/check', '/api/render', '/api/draft/check', '/api/methodologies', '/api/calendar/{year}']) expect(Object.keys(o.paths)).toContain(p);
    expect((await fetch(url('/api/nothing'))).status).toBe(404);
  });
});

describe('staff import', () => {
  it('a 20-row spreadsheet gives 19 packages and one row named with its problem', async () => {
    const bytes = await staffXlsx(20, 7);
    const res = await post('/api/import?name=staff.xlsx&methodology=asa-b-model&period=2026-Q1&dir=imported', bytes, 'application/octet-stream');
    expect(res.status).toBe(200);
    const r = await j(res);
    expect(r.written).toHaveLength(19);
    expect(r.rejected).toEqual([{ rowNo: 8, problems: [expect.objectContaining({ kk: expect.stringContaining('тағайындалған') })] }]);
    expect(r.mapping.find((m: { field: string }) => m.field === 'fullName').column).toBe('Т.А.Ә.');
    const first = parseYaml(readFileSync(join(srv.dir, r.written[0].path), 'utf8'));
    expect(first.servant).toMatchObject({ fullName: 'Қызметші 1 Тестұлы', appointedOn: '2024-03-02', id: 'T-001', managerial: false });
    expect(first.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    // the same import again overwrites nothing
    const again = await j(await post('/api/import?name=staff.xlsx&methodology=asa-b-model&period=2026-Q1&dir=imported', bytes, 'application/octet-stream'));
    expect(again.written).toHaveLength(0);
    expect(again.rejected).toHaveLength(20);
  });

  it('a CSV with Russian headers; a list without a required column is refused with the headers it has', async () => {
    const csv = 'ФИО;Должность;Категория;Государственный орган;Дата назначения\nИванов Иван;главный специалист;С-О-5;Аппарат акима;01.02.2023\n';
    const r = await j(await post('/api/import?name=s.csv&methodology=asa-b-model&period=2026-Q1&dir=ru', csv, 'text/csv'));
    expect(r.written).toHaveLength(1);
    const bad = await post('/api/import?name=s.csv&methodology=asa-b-model&period=2026-Q1', 'ФИО;Должность\nИванов;спец\n', 'text/csv');
    expect(bad.status).toBe(400);
    expect((await j(bad)).error.ru).toMatch(/Нет столбца/);
    // its preview answers with what is missing and the headers to choose from, and writes nothing
    const dry = await post('/api/import?name=s.csv&methodology=asa-b-model&period=2026-Q1&dry=1', 'ФИО;Должность\nИванов;спец\n', 'text/csv');
    expect(dry.status).toBe(200);
    const d = await j(dry);
    expect(d.missing.ru).toBe('Нет столбца: категория, государственный орган, дата назначения');
    expect(d.mapping.find((m: { field: string }) => m.field === 'fullName').column).toBe('ФИО');
    expect(d.written).toEqual([]);
  });
});

describe('bagalau init', () => {
  it('writes a skeleton that names every required field still to fill', () => {
    const out = join(srv.dir, 'init', 'new.yaml');
    execFileSync('node', ['dist/src/cli/main.js', 'init', 'asa-b-model', '--servant', 'Асанов Асан', '--period', '2026-Q1', '-o', out]);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('# лауазымы — position held');
    expect(parseYaml(text).servant.fullName).toBe('Асанов Асан');
    const r = spawnSync('node', ['dist/src/cli/main.js', 'check', out, '--format', 'json', '--today', TODAY], { encoding: 'utf8' });
    const paths = JSON.parse(r.stdout).results[0].findings.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['/servant/position', '/servant/category', '/servant/body', '/servant/appointedOn']));
    // never overwrites
    const again = spawnSync('node', ['dist/src/cli/main.js', 'init', 'asa-b-model', '-o', out, '--lang', 'en'], { encoding: 'utf8' });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/exists/);
  });

  it('--from a staff list writes the good rows and names the bad one', async () => {
    const xlsx = join(srv.dir, 'staff.xlsx');
    writeFileSync(xlsx, await staffXlsx(5, 3));
    const out = join(srv.dir, 'from-staff');
    const r = spawnSync('node', ['dist/src/cli/main.js', 'init', '--from', xlsx, '--methodology', 'asa-b-model', '--period', '2026-Q1', '-o', out, '--lang', 'en'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
    expect(r.stderr).toMatch(/row 4: .*appointed on/);
    expect(r.stderr).toMatch(/full name \[fullName\] ← «Т\.А\.Ә\.»/);
  });
});
