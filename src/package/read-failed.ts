/**
 * «The file could not be read: <why>» in three languages — the message of a package or session file that
 * could not be read — and its reason alone, for a message that names the file in its own words (a package's
 * session file: «Файл заседания «…» не прочитан: нет такого файла», not «…не прочитан: Файл не прочитан: …»). Pure.
 */
import { t3, type Lang, type Text3 } from '../law/finding.js';

const READ_FAILED: Text3 = { kk: 'Файл оқылмады', ru: 'Файл не прочитан', en: 'File could not be read' };

export const readFailed = (why: Text3): Text3 => t3(`${READ_FAILED.kk}: ${why.kk}`, `${READ_FAILED.ru}: ${why.ru}`, `${READ_FAILED.en}: ${why.en}`);

/** The reason of a `readFailed` message; any other message as it is. */
export function readFailureReason(message: Text3): Text3 {
  const reason = (lang: Lang): string => {
    const m = message[lang];
    const head = `${READ_FAILED[lang]}: `;
    return m.startsWith(head) ? m.slice(head.length) : m;
  };
  return t3(reason('kk'), reason('ru'), reason('en'));
}
