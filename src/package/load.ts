/**
 * Reading package and session files from disk: size limit, encoding, parsing, places.
 * Every problem becomes a finding on that file (`ruleId: "input"`), never an exception,
 * so one bad file never stops a batch.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { t3, type Finding } from '../law/finding.js';
import type { SourceDoc } from './source-doc.js';
import { decode } from './decode.js';
import { kindOf, parseText } from './parse.js';
import { jsonSourceMap, sourceMap } from './source-map.js';

/** A package is a few forms of text; anything larger is not one. */
export const MAX_BYTES = 2 * 1024 * 1024;

const inputError = (file: string, message: Finding['message'], facts?: Record<string, unknown>): SourceDoc => ({
  file,
  findings: [{ ruleId: 'input', severity: 'error', message, path: '', ...(facts ? { facts } : {}) }],
});

export function loadFile(file: string): SourceDoc {
  let bytes: Uint8Array;
  try {
    const st = statSync(file);
    if (!st.isFile()) return inputError(file, t3('Бұл файл емес', 'Это не файл', 'Not a regular file'));
    if (st.size > MAX_BYTES) {
      return inputError(
        file,
        t3(`Файл тым үлкен: ${st.size} байт (шегі ${MAX_BYTES})`, `Файл слишком большой: ${st.size} байт (предел ${MAX_BYTES})`, `File too large: ${st.size} bytes (limit ${MAX_BYTES})`),
        { size: st.size, limit: MAX_BYTES },
      );
    }
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return inputError(file, t3(`Файл оқылмады (${code})`, `Файл не прочитан (${code})`, `File could not be read (${code})`), { code });
  }
  return docFromBytes(file, bytes);
}

/** Bytes already in hand (an upload, an HTTP body) → the same SourceDoc a file gives. */
export function docFromBytes(file: string, bytes: Uint8Array): SourceDoc {
  const dec = decode(bytes);
  const kind = kindOf(file, dec.text);
  const parsed = parseText(dec.text, kind);
  const placeOf = kind === 'json' && parsed.data !== undefined ? jsonSourceMap(dec.text) : sourceMap(dec.text);
  const doc: SourceDoc = { file, findings: [...dec.findings, ...parsed.findings], placeOf };
  if (parsed.data !== undefined) doc.data = parsed.data;
  return doc;
}

/** Session files are shared by many packages: read each once per run. */
export function sessionLoader(): (ref: string, packageFile: string) => SourceDoc {
  const cache = new Map<string, SourceDoc>();
  return (ref, packageFile) => {
    const path = resolve(dirname(packageFile), ref);
    let doc = cache.get(path);
    if (!doc) {
      doc = loadFile(path);
      doc.file = relativeish(path, ref, packageFile);
      cache.set(path, doc);
    }
    return doc;
  };
}

const relativeish = (abs: string, ref: string, packageFile: string): string => join(dirname(packageFile), ref) || abs;

const PACKAGE_EXT = new Set(['.yaml', '.yml', '.json']);

/** Is this a file the folder walk should check? Expectation files of fixtures and session files are not packages. */
export const isCandidate = (name: string): boolean =>
  PACKAGE_EXT.has(extname(name).toLowerCase()) && !/\.expect\.ya?ml$/i.test(name);

/**
 * The files to check, in a stable order: files named on the command line as they are,
 * folders walked recursively (skipping `sessions/` folders, which hold session files,
 * and hidden folders and node_modules).
 */
export function* walk(paths: readonly string[]): Generator<string> {
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      yield p; // loadFile reports it
      continue;
    }
    if (!st.isDirectory()) {
      yield p;
      continue;
    }
    yield* walkDir(p);
  }
}

function* walkDir(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    yield dir;
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'sessions' || e.name === 'drafts') continue;
      yield* walkDir(full);
    } else if (e.isFile() && isCandidate(e.name)) yield full;
  }
}
