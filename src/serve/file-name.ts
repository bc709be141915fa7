/**
 * Package file names as an HR officer finds them again in a folder of forty servants: proposed from the servant's
 * name and the evaluation period («asa-b-model/Сейітқали-Айгерім-Бақытжанқызы-2026-Q1.yaml»), and whatever the
 * officer types instead, safe on Windows and Linux alike (Cyrillic and Latin letters kept; none of / \ : * ? " < > |,
 * no name ending in a dot or a space, no name Windows reserves for a device). Pure: the page proposes and checks
 * a name with it, and the server refuses the same names (./workspace.ts).
 */
import { t3, type Text3 } from '../law/finding.js';
import { sessionWordKk } from '../rules/session-words.js';

/** Letters and digits of a text, the rest as single dashes: «Сейітқали Айгерім» → «Сейітқали-Айгерім». */
export const safePart = (s: string, max = 60): string =>
  s.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '');

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** An evaluation period in a file name: «2026» (a calendar year), «2026-Q1» (a quarter), else «2026-01-15_2026-02-14». */
export function periodPart(from: unknown, to: unknown): string | undefined {
  const f = typeof from === 'string' ? ISO.exec(from) : null;
  const t = typeof to === 'string' ? ISO.exec(to) : null;
  if (!f && !t) return undefined;
  if (f && t && f[1] === t[1]) {
    const y = f[1]!;
    if (from === `${y}-01-01` && to === `${y}-12-31`) return y;
    for (let q = 1; q <= 4; q++) if (from === `${y}-${String(q * 3 - 2).padStart(2, '0')}-01` && to === `${y}-${QUARTER_ENDS[q - 1]}`) return `${y}-Q${q}`;
  }
  return [f?.[0], t?.[0]].filter(Boolean).join('_');
}

/**
 * The name a new package is proposed under, from its servant's full name and its period, in its methodology's
 * folder; undefined while the servant has no name (a period alone finds no one in a folder of forty).
 */
export function proposedName(methodology: string, pkg: Record<string, unknown> | null | undefined): string | undefined {
  const servant = (pkg?.['servant'] ?? {}) as Record<string, unknown>;
  const period = (pkg?.['period'] ?? {}) as Record<string, unknown>;
  const name = typeof servant['fullName'] === 'string' ? safePart(servant['fullName']) : '';
  if (!name) return undefined;
  const per = periodPart(period['from'], period['to']);
  return `${methodology ? `${safePart(methodology)}/` : ''}${name}${per ? `-${per}` : ''}.yaml`;
}

/** A name as typed: the `.yaml` the page writes added unless it ends in .yaml, .yml or .json; spaces around trimmed. */
export function typedName(s: string): string {
  const t = s.trim().replace(/\\/g, '/');
  return /\.(ya?ml|json)$/i.test(t) ? t : `${t}.yaml`;
}

/**
 * The name with «-2», «-3» … before its extension, the first that `taken` does not hold (compared without case, as
 * Windows does). A number the name ends in is not counted on («…-2026.yaml» is a year, not a copy).
 */
export function freeName(name: string, taken: Iterable<string>): string {
  const have = new Set([...taken].map((x) => x.toLowerCase()));
  if (!have.has(name.toLowerCase())) return name;
  const m = /^(.*?)(\.(?:ya?ml|json))$/i.exec(name);
  const stem = m?.[1] ?? name;
  const ext = m?.[2] ?? '';
  for (let n = 2; ; n++) {
    const next = `${stem}-${n}${ext}`;
    if (!have.has(next.toLowerCase())) return next;
  }
}

const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;
const FORBIDDEN = /[\\:*?"<>|\u0000-\u001f]/u;

/**
 * What makes a workspace path unusable as a file name on Windows or Linux, said in three languages; undefined if
 * it is fine. The path's folders are separated by «/».
 */
export function fileNameProblem(rel: string): Text3 | undefined {
  if (rel.trim() === '' || /^\.(ya?ml|json)$/i.test(rel.split('/').pop() ?? '')) return t3('Файлдың аты жоқ', 'Нет имени файла', 'The file has no name');
  const bad = FORBIDDEN.exec(rel);
  if (bad) {
    const c = bad[0] < ' ' ? `U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}` : bad[0];
    return t3(`«${rel}»: файл атында «${c}» таңбасы болмайды (Windows оны қабылдамайды); ол таңбалар: \\ : * ? " < > |`, `«${rel}»: в имени файла не может быть знака «${c}» (его не принимает Windows); такие знаки: \\ : * ? " < > |`, `«${rel}»: a file name cannot hold «${c}» (Windows refuses it); such signs: \\ : * ? " < > |`);
  }
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.' || seg === '..') return t3(`«${rel}»: бос немесе «.», «..» қалта аты`, `«${rel}»: пустое имя папки или «.», «..»`, `«${rel}»: an empty folder name, or «.», «..»`);
    if (/[. ]$/.test(seg)) return t3(`«${rel}»: «${seg}» аты нүктемен немесе бос орынмен аяқталмауы тиіс (Windows оны қысқартып жібереді)`, `«${rel}»: имя «${seg}» не должно кончаться точкой или пробелом (Windows их отбрасывает)`, `«${rel}»: «${seg}» must not end in a dot or a space (Windows drops them)`);
    if (/^ /.test(seg)) return t3(`«${rel}»: «${seg}» аты бос орыннан басталмауы тиіс`, `«${rel}»: имя «${seg}» не должно начинаться с пробела`, `«${rel}»: «${seg}» must not begin with a space`);
    if (RESERVED.test(seg)) return t3(`«${rel}»: «${seg}» — Windows құрылғыға берген ат, файл аты бола алмайды`, `«${rel}»: «${seg}» — имя, занятое в Windows под устройство, файлом быть не может`, `«${rel}»: «${seg}» is a name Windows keeps for a device`);
  }
  return undefined;
}

/** The folder of a workspace path, '' at the top («a/b/x.yaml» → «a/b»). */
const folderOf = (file: string): string => file.split('/').slice(0, -1).join('/');

/**
 * The `sessions/` folder a new session of the package `packageFile` is written in: the one beside the package's
 * folder («sessions/» for «x.yaml» and «hr/x.yaml», «a/sessions/» for «a/b/x.yaml»). It is the one place both ways of
 * checking find it: `bagalau check <workspace>` reads any session inside the workspace, `bagalau check a/b/x.yaml`
 * only one inside the package's own folder or in a `sessions/` folder beside the package or beside its folder
 * (README, «session ref»; src/package/load.ts) — so the workspace's top `sessions/` is not found from two folders deep.
 */
export function sessionsFolderFor(packageFile: string): string {
  const up = folderOf(folderOf(packageFile));
  return up ? `${up}/sessions/` : 'sessions/';
}

/**
 * Whether `bagalau check <packageFile>` of the package alone finds the session file `sessionFile` (both workspace
 * paths): inside the package's folder, or in the `sessions/` folder beside that folder (src/package/load.ts's rule).
 */
export function sessionFoundAlone(packageFile: string, sessionFile: string): boolean {
  const own = folderOf(packageFile);
  return (own === '' || sessionFile.startsWith(`${own}/`)) || sessionFile.startsWith(sessionsFolderFor(packageFile));
}

/**
 * The name a new session file is proposed under, in the `sessions/` folder beside the package's folder (sessionsFolderFor;
 * the page lists session files from every `sessions/` folder): its kind and its date
 * («sessions/калибрлеу-сессиясы-2026-04-24.yaml», «sessions/бағалау-жөніндегі-комиссия-отырысы-2026-01-20.yaml»); undefined while the date is not filled in.
 */
export function proposedSessionName(session: Record<string, unknown> | null | undefined, packageFile = 'package.yaml'): string | undefined {
  // a kind the file keeps as a code (`commission`) is named by its Kazakh word, as the page shows it
  const kind = typeof session?.['kind'] === 'string' ? safePart(sessionWordKk('kind', session['kind']) ?? session['kind']) : '';
  const date = typeof session?.['date'] === 'string' && ISO.test(session['date']) ? session['date'] : '';
  if (!date) return undefined;
  return `${sessionsFolderFor(packageFile)}${kind ? `${kind}-` : ''}${date}.yaml`;
}

/**
 * A session file's name as typed, kept in a `sessions/` folder: a name with its own `sessions/` folder as typed, any
 * other in the package's (sessionsFolderFor): «комиссия-1» → «sessions/комиссия-1.yaml».
 */
export function typedSessionName(s: string, packageFile = 'package.yaml'): string {
  const name = typedName(s);
  return /(^|\/)sessions\/[^/]+$/.test(name) ? name : `${sessionsFolderFor(packageFile)}${name.split('/').pop()}`;
}
