/**
 * Reading package and session files from disk: size limit, encoding, parsing, places.
 * Every problem becomes a finding on that file (`ruleId: "input"`), never an exception,
 * so one bad file never stops a batch.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { t3, type Finding } from '../law/finding.js';
import type { SourceDoc } from './source-doc.js';
import { docFromBytes } from './from-bytes.js';
import { osErrorText } from './os-error.js';
import { readFailed } from './read-failed.js';

export { docFromBytes };

/** A package is a few forms of text; anything larger is not one. */
export const MAX_BYTES = 2 * 1024 * 1024;

const inputError = (file: string, message: Finding['message'], facts?: Record<string, unknown>): SourceDoc => ({
  file,
  findings: [{ ruleId: 'input', severity: 'error', message, path: '', ...(facts ? { facts } : {}) }],
});

/**
 * What the folder walk learnt about a file it yields: a name that is not UTF-8 (read through its
 * bytes, shown decoded as Windows-1251), or a link that is not followed. Keyed by the shown name.
 */
export interface WalkNote {
  /** the name's bytes (a Uint8Array once it has crossed to a worker thread) */
  readPath?: Uint8Array;
  finding?: Finding;
}
/**
 * Keyed by the shown path: a walk of the same folder again overwrites its entries, so the map holds at most one note
 * per odd file on disk (a link, a name that is not UTF-8), not one per walk.
 */
const walkNotes = new Map<string, WalkNote>();

/** What the walk learnt about `file` (plain data: a caller handing the file to a worker thread sends it along). */
export const walkNoteOf = (file: string): WalkNote | undefined => walkNotes.get(file);

/**
 * Load one package file. `note` is what the walk learnt about it; a worker thread, which did not walk, gets it from
 * the thread that did — without it a link out of the folder would be followed and a name that is not UTF-8 not found.
 */
export function loadFile(file: string, note: WalkNote | undefined = walkNotes.get(file)): SourceDoc {
  if (note?.finding?.severity === 'error') return { file, findings: [note.finding] };
  const doc = loadPath(file, note?.readPath ? Buffer.from(note.readPath.buffer, note.readPath.byteOffset, note.readPath.byteLength) : file);
  if (note?.finding) doc.findings.unshift(note.finding);
  return doc;
}

function loadPath(file: string, path: string | Buffer): SourceDoc {
  let bytes: Uint8Array;
  try {
    const st = statSync(path);
    if (!st.isFile()) return inputError(file, t3('Бұл файл емес', 'Это не файл', 'Not a regular file'));
    if (st.size > MAX_BYTES) {
      return inputError(
        file,
        t3(`Файл тым үлкен: ${st.size} байт (шегі ${MAX_BYTES})`, `Файл слишком большой: ${st.size} байт (предел ${MAX_BYTES})`, `File too large: ${st.size} bytes (limit ${MAX_BYTES})`),
        { size: st.size, limit: MAX_BYTES },
      );
    }
    bytes = readSized(path, st.size);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    const why = osErrorText(e);
    return inputError(file, readFailed(why), { code });
  }
  return docFromBytes(file, bytes);
}

/**
 * The bytes of a regular file whose size a stat just gave: open, read, close. readFileSync would fstat the file
 * again for its size, a fifth system call per file of a folder. A size of 0 may be a file the system makes as it is
 * read (/proc): readFileSync reads those to their end.
 */
function readSized(path: string | Buffer, size: number): Buffer {
  if (size === 0) return readFileSync(path);
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    for (let n; got < size && (n = readSync(fd, bytes, got, size - got, got)) > 0; ) got += n;
    return got < size ? bytes.subarray(0, got) : bytes;
  } finally {
    closeSync(fd);
  }
}

const realOr = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};
const inside = (root: string, p: string): boolean => {
  const r = relative(root, p);
  return r === '' || (!r.startsWith('..' + sep) && r !== '..' && !isAbsolute(r));
};

/**
 * Session files are shared by many packages: read each once per run. A `ref` is resolved against
 * the package file's folder and read only if it stays (links resolved) inside the package's folder
 * tree — the folder named on the command line that holds the package (a named file: its folder) —
 * or inside a `sessions/` folder beside the package or beside its folder (the samples' layout:
 * `sessions/x.yaml`, `../sessions/x.yaml` from `fixtures/`), or inside a folder the user named for
 * sessions (`--sessions DIR`). Anything else is refused unread with a finding: a package must not
 * make the tool read /etc/passwd or a colleague's files.
 * `roots` defaults to the current folder (library and test use).
 */
export function sessionLoader(roots: readonly string[] = ['.'], sessionDirs: readonly string[] = []): (ref: string, packageFile: string) => SourceDoc {
  const cache = new Map<string, SourceDoc>();
  const treeRoots = roots.map((r) => {
    let dir = r;
    try {
      if (!statSync(r).isDirectory()) dir = dirname(r);
    } catch {
      dir = dirname(r);
    }
    return realOr(dir);
  });
  const sessionRoots = sessionDirs.map(realOr);
  return (ref, packageFile) => {
    const path = resolve(dirname(packageFile), ref);
    const shown = isAbsolute(ref) ? ref : join(dirname(packageFile), ref);
    const pkgReal = realOr(packageFile);
    const tree = treeRoots.filter((r) => inside(r, pkgReal)).sort((a, b) => b.length - a.length)[0] ?? realOr(dirname(packageFile));
    const real = realOr(path);
    // the samples' convention: a package's sessions/ folder beside it, or beside its folder (fixtures/../sessions)
    const beside = [join(dirname(pkgReal), 'sessions'), join(dirname(dirname(pkgReal)), 'sessions')];
    if (!inside(tree, real) && !sessionRoots.some((r) => inside(r, real)) && !beside.some((r) => inside(r, real))) {
      return inputError(
        shown,
        t3(
          `Сілтеме пакет қалтасынан (${tree}) тыс жерге апарады, файл оқылмады; отырыс файлдарының қалтасын --sessions DIR арқылы көрсетіңіз`,
          `Ссылка ведёт за пределы папки пакета (${tree}), файл не прочитан; папку файлов заседаний можно указать через --sessions DIR`,
          `The reference leads outside the package's folder (${tree}); not read. Name the session files' folder with --sessions DIR`,
        ),
        { ref, folder: tree },
      );
    }
    let doc = cache.get(real);
    if (!doc) {
      doc = loadFile(path);
      doc.file = shown;
      cache.set(real, doc);
    }
    return doc;
  };
}

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
    yield* walkDir(p, Buffer.from(p), realOr(p));
  }
}

/** Made on the first folder walked: a Windows-1251 decoder sets up an ICU converter, which a check of named files never needs. */
let decoders: { utf8: InstanceType<typeof TextDecoder>; cp1251: InstanceType<typeof TextDecoder> } | undefined;
const nameDecoders = () => (decoders ??= { utf8: new TextDecoder('utf-8', { fatal: true }), cp1251: new TextDecoder('windows-1251') });

/**
 * `dir` is the folder's name as shown, `raw` its bytes (a name need not be UTF-8).
 * Links: a link to a package file inside the walked folder is checked; a link leading out of it,
 * or to a folder (loops), is reported, not followed.
 */
function* walkDir(dir: string, raw: Buffer, root: string): Generator<string> {
  let entries: Dirent<Buffer>[];
  try {
    entries = readdirSync(raw, { withFileTypes: true, encoding: 'buffer' }).sort((a, b) => Buffer.compare(a.name, b.name));
  } catch {
    yield dir;
    return;
  }
  const { utf8, cp1251 } = nameDecoders();
  for (const e of entries) {
    let name: string;
    let notUtf8 = false;
    try {
      name = utf8.decode(e.name);
    } catch {
      name = cp1251.decode(e.name);
      notUtf8 = true;
    }
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    const fullRaw = Buffer.concat([raw, Buffer.from(sep), e.name]);
    if (e.isDirectory()) {
      if (name === 'sessions' || name === 'drafts') continue;
      yield* walkDir(full, fullRaw, root);
      continue;
    }
    if (!isCandidate(name)) continue;
    const note: WalkNote = {};
    if (notUtf8) {
      note.readPath = fullRaw;
      note.finding = {
        ruleId: 'input-encoding',
        severity: 'warning',
        message: t3(
          'Файл атауы UTF-8 емес; Windows-1251 ретінде көрсетілді — файлдың атын өзгертіңіз',
          'Имя файла не в UTF-8; показано как Windows-1251 — переименуйте файл',
          'The file name is not UTF-8; it is shown as read in Windows-1251: rename the file',
        ),
        path: '',
        facts: { nameBytes: e.name.toString('hex') },
      };
    }
    if (e.isSymbolicLink()) {
      let target: string | undefined;
      let isFile = false;
      try {
        target = realpathSync(fullRaw).toString();
        isFile = statSync(fullRaw).isFile();
      } catch {
        /* a dangling link: reported below */
      }
      if (!target || !isFile || !inside(root, target)) {
        note.finding = {
          ruleId: 'input',
          severity: 'error',
          message: !target
            ? t3('Символдық сілтеме еш жерге апармайды', 'Символическая ссылка никуда не ведёт', 'A symbolic link that leads nowhere')
            : !isFile
              ? t3('Символдық сілтеме файлға апармайды; оқылмады', 'Символическая ссылка ведёт не на файл; не прочитано', 'A symbolic link to something other than a file; not read')
              : t3(
                  `Символдық сілтеме қалтадан тыс файлға апарады (${target}); оқылмады`,
                  `Символическая ссылка ведёт на файл вне папки (${target}); не прочитан`,
                  `A symbolic link to a file outside the folder (${target}); not read`,
                ),
          path: '',
          facts: { link: true, ...(target ? { target } : {}) },
        };
      }
    } else if (!e.isFile()) continue;
    if (note.finding || note.readPath) walkNotes.set(full, note);
    yield full;
  }
}
