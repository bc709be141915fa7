/**
 * The workspace: a folder of package files, the source of truth the page reads and writes. Every path the
 * page names is relative to it and cannot leave it (no `..`, no absolute path, no symlink out); writes are
 * atomic (temp file + rename), so a failed save leaves the old file whole.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { t3, type Text3 } from '../law/finding.js';
import { docFromBytes, isCandidate, MAX_BYTES, walk } from '../package/load.js';
import { osErrorText } from '../package/os-error.js';
import { fileNameProblem } from './file-name.js';
import type { SourceDoc } from '../package/source-doc.js';

export class WorkspaceError extends Error {
  constructor(readonly status: number, readonly text: Text3) {
    super(text.en);
  }
}

const PACKAGE_EXT = /\.(ya?ml|json)$/i;

export class Workspace {
  readonly root: string;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.root = realpathSync(resolve(dir));
  }

  /** A workspace-relative path → absolute path inside the workspace, or a 400/403. */
  resolve(rel: string, { forWrite = false } = {}): string {
    if (typeof rel !== 'string' || rel === '' || rel.length > 400 || rel.includes('\0') || /^[/\\]|^[A-Za-z]:/.test(rel) || rel.split(/[/\\]/).some((s) => s === '..' || s === '')) {
      throw new WorkspaceError(400, t3(`«${String(rel)}» — жұмыс қалтасындағы файл жолы емес`, `«${String(rel)}» — не путь файла в рабочей папке`, `«${String(rel)}» is not a path of a file in the workspace`));
    }
    const full = resolve(this.root, rel);
    if (!full.startsWith(this.root + sep)) throw this.escape(rel);
    // a symlink (the file or a folder on the way) must not lead out of the workspace
    let probe = full;
    while (probe !== this.root && !existsSync(probe)) probe = dirname(probe);
    const real = realpathSync(probe);
    if (real !== this.root && !real.startsWith(this.root + sep)) throw this.escape(rel);
    if (forWrite && !PACKAGE_EXT.test(rel)) {
      throw new WorkspaceError(400, t3('Тек .yaml, .yml, .json файлдары жазылады', 'Записываются только файлы .yaml, .yml, .json', 'Only .yaml, .yml and .json files are written'));
    }
    return full;
  }

  private escape(rel: string): WorkspaceError {
    return new WorkspaceError(403, t3(`«${rel}» жұмыс қалтасынан тыс`, `«${rel}» вне рабочей папки`, `«${rel}» is outside the workspace`));
  }

  rel(full: string): string {
    return relative(this.root, full).split(sep).join('/');
  }

  /** Package files (the same walk as `bagalau check <dir>`) and session files. */
  list(): { packages: string[]; sessions: string[] } {
    const packages = [...walk([this.root])].map((f) => this.rel(f));
    const sessions: string[] = [];
    const scan = (dir: string, depth: number): void => {
      if (depth > 6) return;
      for (const name of safeReaddir(dir)) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const full = join(dir, name);
        let st;
        try { st = lstatSync(full); } catch { continue; }
        if (st.isDirectory()) scan(full, depth + 1);
        else if (st.isFile() && isCandidate(name) && dir.split(sep).pop() === 'sessions') sessions.push(this.rel(full));
      }
    };
    scan(this.root, 0);
    return { packages, sessions: sessions.sort() };
  }

  read(rel: string): { text: string; doc: SourceDoc } {
    const full = this.resolve(rel);
    let st;
    try {
      st = statSync(full);
    } catch {
      throw new WorkspaceError(404, t3(`«${rel}» табылмады`, `«${rel}» не найден`, `«${rel}» not found`));
    }
    if (!st.isFile()) throw new WorkspaceError(400, t3(`«${rel}» файл емес`, `«${rel}» не файл`, `«${rel}» is not a file`));
    if (st.size > MAX_BYTES) throw new WorkspaceError(413, t3(`«${rel}» тым үлкен`, `«${rel}» слишком большой`, `«${rel}» is too large`));
    const bytes = readFileSync(full);
    return { text: new TextDecoder().decode(bytes), doc: docFromBytes(rel, bytes) };
  }

  /**
   * The text of a file there is (to be edited in place by a save), or undefined: none, one that cannot be read, or one
   * not in UTF-8 (a windows-1251 file's comments would be edited as «�» — its data is read in its code page, and a
   * save writes that data plainly, in UTF-8).
   */
  textIfThere(rel: string): string | undefined {
    try {
      this.read(rel);
      return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(this.resolve(rel)));
    } catch {
      return undefined;
    }
  }

  /**
   * What `write` would refuse, without writing: the absolute path if it would write. A preview (an import's dry run)
   * says of each row what the import itself would say.
   */
  writable(rel: string, { overwrite = true } = {}): string {
    const full = this.resolve(rel, { forWrite: true });
    const exists = existsSync(full);
    if (!overwrite && exists) throw new WorkspaceError(409, t3(`«${rel}» бар, қайта жазылмайды`, `«${rel}» уже есть, не перезаписывается`, `«${rel}» exists and is not overwritten`));
    // a file made here has a name Windows can hold too (the folder goes to an auditor); a file already there keeps its own
    const unsafe = exists ? undefined : fileNameProblem(rel);
    if (unsafe) throw new WorkspaceError(400, unsafe);
    return full;
  }

  /** Temp file + rename in the same folder: a reader sees the old file or the new one, never half. */
  write(rel: string, text: string | Uint8Array, { overwrite = true } = {}): void {
    const full = this.writable(rel, { overwrite });
    mkdirSync(dirname(full), { recursive: true });
    const tmp = `${full}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFileSync(tmp, text, { flag: 'wx' });
      renameSync(tmp, full);
    } catch (e) {
      try { unlinkSync(tmp); } catch { /* nothing to clean */ }
      const why = osErrorText(e);
      throw new WorkspaceError(500, t3(`«${rel}» сақталмады: ${why.kk}; бұрынғы файл өзгермеді`, `«${rel}» не сохранён: ${why.ru}; прежний файл не изменён`, `«${rel}» was not saved: ${why.en}; the previous file is unchanged`));
    }
  }

  /**
   * A file copied byte for byte (its comments, its encoding kept) under a new name, never over a file there (409):
   * a session moved into reach of its package's check (README «Web page»); the file copied stays as it was.
   */
  copy(from: string, to: string): void {
    this.read(from);
    this.write(to, readFileSync(this.resolve(from)), { overwrite: false });
  }

  /**
   * A session file removed at the officer's word, once a copy took its place (README «Web page»): refused (409) while a
   * package of the workspace refers to it, or a package that cannot be read names it; refused (400) for a file that is
   * not a session (a package: it names its methodology) or that cannot be read; only .yaml/.yml/.json.
   */
  removeSession(rel: string): void {
    const full = this.resolve(rel, { forWrite: true });
    const { doc } = this.read(rel);
    const data = doc.data as Record<string, unknown> | null | undefined;
    if (!data || typeof data !== 'object' || Array.isArray(data) || 'methodology' in data) {
      throw new WorkspaceError(400, t3(`«${rel}» — отырыс файлы емес, жойылмайды`, `«${rel}» — не файл заседания, не удаляется`, `«${rel}» is not a session file and is not removed`));
    }
    const refs = this.references();
    const users = [...(refs.users.get(rel) ?? []).map((u) => u.path), ...this.unreadableNaming(rel, refs)];
    if (users.length) {
      const list = users.join(', ');
      throw new WorkspaceError(409, t3(`«${rel}» жойылмайды: оны пайдаланады ${list}`, `«${rel}» не удаляется: его используют ${list}`, `«${rel}» is not removed: ${list} use it`));
    }
    try {
      unlinkSync(full);
    } catch (e) {
      const why = osErrorText(e);
      throw new WorkspaceError(500, t3(`«${rel}» жойылмады: ${why.kk}`, `«${rel}» не удалён: ${why.ru}`, `«${rel}» was not removed: ${why.en}`));
    }
  }

  /** Packages that cannot be read (so their `session.ref` is not known) whose text names the file `rel`. */
  private unreadableNaming(rel: string, refs = this.references()): string[] {
    const name = rel.split('/').pop()!;
    return refs.unreadable.filter((u) => u.text.includes(name)).map((u) => u.path);
  }

  /**
   * Every package read once: the packages that refer to each session file (`session: {ref}`, by its workspace path),
   * and the packages that cannot be read, with their text (a `ref` in it may name a session file).
   */
  private references(): { users: Map<string, { path: string; methodology: string | null }[]>; unreadable: { path: string; text: string }[] } {
    const users = new Map<string, { path: string; methodology: string | null }[]>();
    const unreadable: { path: string; text: string }[] = [];
    for (const p of this.list().packages) {
      let r;
      try {
        r = this.read(p);
      } catch {
        continue;
      }
      if (!r.text.includes('ref')) continue;
      const { doc } = r;
      if (doc.data === undefined || doc.findings.some((f) => f.severity === 'error' && f.ruleId === 'input')) unreadable.push({ path: p, text: r.text });
      const data = doc.data as { session?: { ref?: unknown }; methodology?: unknown } | null | undefined;
      const ref = data && typeof data === 'object' ? data.session?.ref : undefined;
      if (typeof ref !== 'string') continue;
      const at = this.sessionPath(p, ref);
      users.set(at, [...(users.get(at) ?? []), { path: p, methodology: typeof data?.methodology === 'string' ? data.methodology : null }]);
    }
    return { users, unreadable };
  }

  /**
   * The session files of the `sessions/` folders that no package uses — none refers to it, and no package that cannot
   * be read names it —: those `removeSession` would remove (a file holding a package, or one that cannot be read, is
   * not offered).
   */
  unusedSessions(): string[] {
    const refs = this.references();
    return this.list().sessions.filter((s) => {
      if (refs.users.has(s) || this.unreadableNaming(s, refs).length) return false;
      try {
        const data = this.read(s).doc.data;
        return !!data && typeof data === 'object' && !Array.isArray(data) && !('methodology' in data);
      } catch {
        return false;
      }
    });
  }

  /** The workspace path of the session file `ref` names in the package `packageFile` (relative to the package's folder). */
  sessionPath(packageFile: string, ref: string): string {
    return this.rel(resolve(this.root, dirname(packageFile), ref));
  }

  /**
   * The packages of the workspace that refer to the session file `session` (`session: {ref}`), with their methodology:
   * an officer editing one session changes it for every one of them. A package that cannot be read is not counted.
   */
  sessionUsers(session: string): { path: string; methodology: string | null }[] {
    return this.references().users.get(session) ?? [];
  }

  /** Loads a session file a package refers to, relative to the package, never outside the workspace. */
  sessionLoader(): (ref: string, packageFile: string) => SourceDoc {
    const cache = new Map<string, SourceDoc>();
    return (ref, packageFile) => {
      const rel = this.sessionPath(packageFile, ref);
      const hit = cache.get(rel);
      if (hit) return hit;
      let doc: SourceDoc;
      try {
        doc = this.read(rel).doc;
      } catch (e) {
        const text = e instanceof WorkspaceError ? e.text : t3('Отырыс файлы оқылмады', 'Файл заседания не прочитан', 'The session file could not be read');
        doc = { file: rel, findings: [{ ruleId: 'input', severity: 'error', message: text, path: '' }] };
      }
      cache.set(rel, doc);
      return doc;
    };
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
