/**
 * What the operating system said when a file could not be read or written, in words: a reader of a
 * Russian or Kazakh report should not have to know what «ENOENT» means. The code stays in brackets
 * after the words, for whoever has to look further. Codes not listed here are shown as they are.
 */
import { t3, type Text3 } from '../law/finding.js';

const WORDS: Record<string, Text3> = {
  ENOENT: t3('мұндай файл немесе қалта жоқ', 'нет такого файла или папки', 'no such file or folder'),
  EACCES: t3('қолжетімділікке рұқсат жоқ', 'нет прав доступа', 'permission denied'),
  EPERM: t3('әрекетке рұқсат жоқ', 'действие не разрешено', 'operation not permitted'),
  EEXIST: t3('мұндай атаулы файл бар', 'файл с таким именем уже есть', 'a file of that name already exists'),
  EISDIR: t3('бұл файл емес, қалта', 'это папка, а не файл', 'this is a folder, not a file'),
  ENOTDIR: t3('жолдың бір бөлігі қалта емес', 'часть пути не является папкой', 'a part of the path is not a folder'),
  ENAMETOOLONG: t3('атауы тым ұзын', 'слишком длинное имя', 'the name is too long'),
  ELOOP: t3('сілтемелер тізбегі тым ұзын немесе тұйық', 'слишком длинная или замкнутая цепочка ссылок', 'too many links, or a loop of links'),
  ENOSPC: t3('дискіде орын жоқ', 'на диске нет места', 'no space left on the disk'),
  EROFS: t3('диск тек оқуға арналған', 'диск только для чтения', 'the disk is read-only'),
  EBUSY: t3('файлды басқа бағдарлама ұстап тұр', 'файл занят другой программой', 'the file is in use by another program'),
  EMFILE: t3('ашық файлдар тым көп', 'открыто слишком много файлов', 'too many open files'),
  ENFILE: t3('ашық файлдар тым көп', 'открыто слишком много файлов', 'too many open files'),
  EIO: t3('енгізу-шығару қатесі (диск немесе желі)', 'ошибка ввода-вывода (диск или сеть)', 'input/output error (disk or network)'),
};

/** «нет такого файла или папки (ENOENT)»; a code not listed, or none, is shown as it is. */
export function osErrorText(e: unknown): Text3 {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const words = code === undefined ? undefined : WORDS[code];
  if (words) return t3(`${words.kk} (${code})`, `${words.ru} (${code})`, `${words.en} (${code})`);
  const shown = code ?? (e instanceof Error ? e.message : String(e));
  return t3(shown, shown, shown);
}
