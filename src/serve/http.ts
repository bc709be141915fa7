/**
 * The HTTP plumbing of `bagalau serve`: security headers (a CSP with no origin but the page's own), the
 * loopback/token/same-origin gate, body-size limits, a concurrency limit and a time limit for heavy work,
 * and errors as findings — never a stack trace in a response.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { t3, type Finding, type Text3 } from '../law/finding.js';

/** No external origin: scripts, styles, fonts, images and requests only from the page's own server. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export class HttpError extends Error {
  constructor(readonly status: number, readonly text: Text3, readonly findings?: Finding[]) {
    super(text.en);
  }
}

export const inputFinding = (message: Text3, facts?: Record<string, unknown>): Finding => ({ ruleId: 'input', severity: 'error', message, path: '', ...(facts ? { facts } : {}) });

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  if (!res.req.complete) res.setHeader('Connection', 'close');
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** An error as the API reports it: the findings shape of `check --format json`, one `input` finding at least. */
export function sendError(res: ServerResponse, status: number, text: Text3, findings?: Finding[], file = 'request'): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { file, methodology: null, wording: null, findings: findings?.length ? findings : [inputFinding(text)], error: text });
}

export function sendBytes(res: ServerResponse, bytes: Uint8Array, type: string, filename?: string): void {
  const headers: Record<string, string | number> = { 'Content-Type': type, 'Content-Length': bytes.byteLength };
  if (filename) headers['Content-Disposition'] = `attachment; filename="${filename.replace(/[^\w.-]+/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
  res.writeHead(200, headers);
  res.end(bytes);
}

/** Reads a body up to `limit` bytes; more is a 413 and the rest is not read. */
export function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      reject(tooLarge(declared, limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        reject(tooLarge(size, limit));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolvePromise(new Uint8Array(Buffer.concat(chunks)));
      }
    });
    req.on('error', (e) => {
      if (!done) {
        done = true;
        reject(e);
      }
    });
  });
}

const tooLarge = (size: number, limit: number): HttpError =>
  new HttpError(413, t3(`Сұраныс денесі тым үлкен: ${size} байт (шегі ${limit})`, `Тело запроса слишком большое: ${size} байт (предел ${limit})`, `Request body too large: ${size} bytes (limit ${limit})`));

/** At most `max` heavy requests at once; the next ones wait in a short queue, beyond it a 503. */
export class Limiter {
  private running = 0;
  private queue: (() => void)[] = [];
  constructor(readonly max: number, readonly queueMax: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) {
      if (this.queue.length >= this.queueMax) {
        throw new HttpError(503, t3('Сервер бос емес, сәлден кейін қайталаңыз', 'Сервер занят, повторите чуть позже', 'The server is busy; try again in a moment'));
      }
      await new Promise<void>((r) => this.queue.push(r));
    } else this.running++;
    try {
      return await work();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpError(503, t3(`Сұраныс ${ms / 1000} секундтан асты`, `Запрос длился дольше ${ms / 1000} с`, `The request took longer than ${ms / 1000} s`))), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * The gate every request passes. Host must be the server's own name (no DNS rebinding); with a token the
 * request carries it (header, or the cookie the page got from `/?token=`); a state-changing request from a
 * browser must come from the page's own origin.
 */
export function gate(req: IncomingMessage, opts: { allowedHosts: Set<string> | null; token?: string }): HttpError | undefined {
  const host = String(req.headers.host ?? '').toLowerCase();
  if (opts.allowedHosts && !opts.allowedHosts.has(host)) {
    return new HttpError(403, t3(`Рұқсат етілмеген Host: «${host}»`, `Недопустимый Host: «${host}»`, `Host «${host}» not allowed`));
  }
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if ((origin !== undefined && origin !== `http://${host}`) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
      return new HttpError(403, t3('Басқа сайттан келген өзгертуші сұраныс қабылданбайды', 'Изменяющий запрос с другого сайта отклонён', 'A state-changing request from another origin is refused'));
    }
  }
  if (method === 'OPTIONS') return new HttpError(405, t3('Әдіс рұқсат етілмеген', 'Метод не разрешён', 'Method not allowed'));
  if (opts.token) {
    const auth = String(req.headers.authorization ?? '');
    const cookie = /(?:^|;\s*)bagalau_token=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1];
    if (auth !== `Bearer ${opts.token}` && cookie !== opts.token) {
      return new HttpError(401, t3('Кіру белгісі (token) қажет', 'Нужен токен доступа', 'An access token is required'));
    }
  }
  return undefined;
}
