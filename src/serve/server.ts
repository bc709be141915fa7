/**
 * `bagalau serve`: the page (static files built into dist/web/) and the API, on one local HTTP server.
 * Node's own http module: a dozen routes do not need a framework, and the limits (body size, time,
 * concurrency, Host/Origin checks) are a few lines each here, where they can be read and tested.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localToday } from '../cli/options.js';
import { t3 } from '../law/finding.js';
import { MAX_BYTES } from '../package/load.js';
import {
  apiAudit, apiCalendar, apiCheck, apiDeadline, apiDraftCheck, apiCopyFile, apiRemoveSession, apiUnusedSessions, apiFiles, apiMethodologies, apiReadFile, apiSessionUsers, apiRender, apiWriteFile,
  bodyDoc, createContext, importStaff, langOf, newPackage, type ApiContext,
} from './api.js';
import { gate, HttpError, isLoopback, Limiter, readBody, sendBytes, sendError, sendJson, setSecurityHeaders, withTimeout } from './http.js';
import { OPENAPI } from './openapi.js';
import { formatHtml } from '../report/html.js';
import { formatXlsx } from '../report/xlsx.js';
import { WorkspaceError } from './workspace.js';

export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
  token?: string;
  today?: () => string;
  /** Heavy requests (check, render, draft, audit, import) running at once, and waiting. */
  concurrency?: number;
  queue?: number;
  /** Time limit of one heavy request, ms. */
  timeoutMs?: number;
  webDir?: string;
}

export const LIMITS = { package: MAX_BYTES, upload: 10 * 1024 * 1024, audit: 32 * 1024 * 1024, draft: 2 * 1024 * 1024 };

/** dist/web/ of this installation (found upwards from this module, in src/ or dist/src/). */
export function defaultWebDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'web');
    dir = dirname(dir);
  }
  return resolve('dist/web');
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };


export interface Running {
  server: Server;
  url: string;
  ctx: ApiContext;
  close(): Promise<void>;
}

export async function startServer(opts: ServeOptions): Promise<Running> {
  const ctx = createContext(opts.dir, opts.today ?? localToday);
  const limiter = new Limiter(opts.concurrency ?? 4, opts.queue ?? 64);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const webDir = opts.webDir ?? defaultWebDir();
  let allowedHosts: Set<string> | null = new Set<string>();

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://local');
    // the page's address with ?token= sets the token cookie once, then the address bar forgets the token
    if (opts.token && req.method === 'GET' && url.searchParams.get('token') === opts.token && !url.pathname.startsWith('/api/')) {
      res.writeHead(303, { 'Set-Cookie': `bagalau_token=${opts.token}; HttpOnly; SameSite=Strict; Path=/`, Location: url.pathname });
      res.end();
      return;
    }
    const refused = gate(req, { allowedHosts, ...(opts.token ? { token: opts.token } : {}) });
    if (refused) return sendError(res, refused.status, refused.text);
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    return staticFile(res, url.pathname);
  };

  const heavy = <T>(work: () => Promise<T>): Promise<T> => limiter.run(() => withTimeout(work(), timeoutMs));

  const api = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const q = url.searchParams;
    const method = req.method ?? 'GET';
    const route = `${method} ${url.pathname}`;
    const lang = langOf(q.get('lang'));
    switch (route) {
      case 'GET /api/openapi.json': return sendJson(res, 200, OPENAPI);
      case 'GET /api/methodologies': return sendJson(res, 200, apiMethodologies());
      case 'GET /api/deadline': return sendJson(res, 200, apiDeadline(ctx, { from: q.get('from'), count: q.get('count'), unit: q.get('unit'), direction: q.get('direction') }));
      case 'GET /api/info': return sendJson(res, 200, { today: ctx.today() });
      case 'GET /api/files': return sendJson(res, 200, apiFiles(ctx));
      case 'GET /api/file': return sendJson(res, 200, apiReadFile(ctx, q.get('path') ?? ''));
      case 'GET /api/unused-sessions': return sendJson(res, 200, apiUnusedSessions(ctx));
      case 'GET /api/session-users': return sendJson(res, 200, apiSessionUsers(ctx, q.get('path') ?? ''));
      case 'POST /api/copy': return sendJson(res, 200, apiCopyFile(ctx, q.get('from') ?? '', q.get('to') ?? ''));
      case 'DELETE /api/file': return sendJson(res, 200, apiRemoveSession(ctx, q.get('path') ?? '', q.get('copy') ?? ''));
      case 'GET /api/new': return sendJson(res, 200, newPackage(q.get('methodology') ?? ''));
      case 'PUT /api/file': {
        const path = q.get('path') ?? '';
        ctx.workspace.resolve(path, { forWrite: true });
        const body = await readBody(req, LIMITS.package);
        return sendJson(res, 200, apiWriteFile(ctx, path, bodyDoc(body, req.headers['content-type']), { overwrite: q.get('new') !== '1', version: q.get('version') ?? undefined }));
      }
      case 'POST /api/check': {
        const body = await readBody(req, LIMITS.package);
        return sendJson(res, 200, await heavy(async () => apiCheck(ctx, bodyDoc(body, req.headers['content-type']), { file: q.get('file'), today: q.get('today') })));
      }
      case 'POST /api/render': {
        const body = await readBody(req, LIMITS.package);
        const out = await heavy(() => apiRender(ctx, bodyDoc(body, req.headers['content-type']), { format: q.get('format'), form: q.get('form'), file: q.get('file') }));
        return sendBytes(res, out.bytes, out.type, out.name);
      }
      case 'POST /api/draft/check': {
        const body = await readBody(req, LIMITS.draft);
        return sendJson(res, 200, await heavy(async () => apiDraftCheck(body, { date: q.get('date'), lang, name: q.get('name') })));
      }
      case 'POST /api/audit': {
        const body = await readBody(req, LIMITS.audit);
        let parsed: unknown = {};
        if (body.byteLength) {
          try {
            parsed = JSON.parse(new TextDecoder().decode(body));
          } catch (e) {
            throw new HttpError(400, t3(`JSON синтаксис қатесі: ${(e as Error).message}`, `Синтаксическая ошибка JSON: ${(e as Error).message}`, `JSON syntax error: ${(e as Error).message}`));
          }
        }
        const report = await heavy(async () => apiAudit(ctx, parsed, q.get('today'), lang));
        const format = q.get('format') ?? 'json';
        if (format === 'html') return sendBytes(res, new TextEncoder().encode(formatHtml(report.results, lang, { today: report.today })), 'text/html; charset=utf-8', 'audit.html');
        if (format === 'xlsx') return sendBytes(res, await formatXlsx(report.results, lang), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'audit.xlsx');
        return sendJson(res, 200, report);
      }
      case 'POST /api/import': {
        const body = await readBody(req, LIMITS.upload);
        let map: Record<string, string> | undefined;
        if (q.get('map')) {
          try {
            map = JSON.parse(q.get('map')!) as Record<string, string>;
          } catch {
            throw new HttpError(400, t3('map — JSON нысаны болуы керек', 'map должен быть объектом JSON', 'map must be a JSON object'));
          }
        }
        // values=: a value for every row of a field the list has no column for ({"body": "…"})
        let values: Record<string, string> | undefined;
        if (q.get('values')) {
          try {
            const v = JSON.parse(q.get('values')!) as unknown;
            if (!v || typeof v !== 'object' || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string')) throw new Error('not an object of texts');
            values = v as Record<string, string>;
          } catch {
            throw new HttpError(400, t3('values — мәтіндердің JSON нысаны болуы керек', 'values должен быть объектом JSON из строк', 'values must be a JSON object of texts'));
          }
        }
        const dir = (q.get('dir') ?? '').replace(/^\/+|\/+$/g, '');
        const result = await heavy(() =>
          importStaff(ctx, q.get('name') ?? '', body, {
            methodology: q.get('methodology') ?? '',
            period: q.get('period') ?? '',
            outDir: dir,
            ...(map ? { map } : {}),
            ...(values ? { values } : {}),
            // sheet=: the workbook's sheet to read (by default the first that holds a list)
            ...(q.get('sheet') ? { sheet: q.get('sheet')! } : {}),
            // dry=1: read the list and show the mapping and each row's problems, write nothing
            dry: q.get('dry') === '1',
            // the preview refuses what the import would (a file of that name there already): its count is the import's
            write: q.get('dry') === '1' ? (rel) => void ctx.workspace.writable(rel, { overwrite: false }) : (rel, text) => ctx.workspace.write(rel, text, { overwrite: false }),
          }),
        );
        return sendJson(res, 200, result);
      }
    }
    const cal = /^\/api\/calendar\/([^/]+)$/.exec(url.pathname);
    if (cal && method === 'GET') return sendJson(res, 200, apiCalendar(ctx, decodeURIComponent(cal[1]!)));
    throw new HttpError(404, t3(`«${route}» жоқ (/api/openapi.json қараңыз)`, `«${route}» нет (см. /api/openapi.json)`, `No «${route}» (see /api/openapi.json)`));
  };

  const staticFile = (res: ServerResponse, pathname: string): void => {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return sendError(res, 400, t3('Жарамсыз жол', 'Недопустимый путь', 'Bad path'));
    }
    if (rel === '/' || !extname(rel)) rel = '/index.html';
    const full = resolve(webDir, `.${rel}`);
    if (!full.startsWith(resolve(webDir) + sep) || !existsSync(full)) {
      return sendError(res, 404, t3(`«${pathname}» табылмады${existsSync(webDir) ? '' : ' (бет құрастырылмаған: npm run build)'}`, `«${pathname}» не найден${existsSync(webDir) ? '' : ' (страница не собрана: npm run build)'}`, `«${pathname}» not found${existsSync(webDir) ? '' : ' (the page is not built: npm run build)'}`));
    }
    sendBytes(res, readFileSync(full), TYPES[extname(full)] ?? 'application/octet-stream');
  };

  const server = createHttpServer((req, res) => {
    // an answer given before the body was read (a refusal, a 413) closes the connection: no half-read body on it
    res.on('finish', () => {
      if (!req.complete) req.destroy();
    });
    res.on('close', () => {
      if (!req.complete) req.resume();
    });
    handler(req, res).catch((e: unknown) => {
      if (e instanceof HttpError) return sendError(res, e.status, e.text, e.findings);
      if (e instanceof WorkspaceError) return sendError(res, e.status, e.text);
      // an engine failing on odd input: said plainly, logged on the server's terminal, no stack to the client
      process.stderr.write(`bagalau serve: ${req.method} ${req.url}: ${(e as Error)?.stack ?? String(e)}\n`);
      sendError(res, 500, t3('Ішкі қате: сұраныс орындалмады', 'Внутренняя ошибка: запрос не выполнен', 'Internal error: the request was not completed'));
    });
  });
  server.requestTimeout = timeoutMs + 5_000;
  server.headersTimeout = 20_000;
  // longer than a browser's or fetch's idle keep-alive, so the client closes first (no reset on a reused socket)
  server.keepAliveTimeout = 70_000;
  server.maxHeadersCount = 100;

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const hostPart = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  // on another interface the token is the guard (the Host a browser sends is the machine's name there)
  if (!isLoopback(opts.host)) allowedHosts = null;
  else allowedHosts = new Set([`${hostPart}:${port}`.toLowerCase(), `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  return {
    server,
    url: `http://${hostPart}:${port}/`,
    ctx,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
