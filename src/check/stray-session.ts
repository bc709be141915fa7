/**
 * A commission or calibration session file lying among the packages of a folder: recognised by
 * its shape (members and decisions, no methodology) and reported as such, since it is checked
 * with each package that refers to it.
 */
import { t3, type Finding } from '../law/finding.js';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export const isSessionFile = (data: unknown): boolean =>
  isObj(data) && data['methodology'] === undefined && Array.isArray(data['members']) && Array.isArray(data['decisions']);

export const sessionFileFinding = (): Finding => ({
  ruleId: 'session-file',
  severity: 'info',
  message: t3(
    'Бұл отырыс файлы: ол өзіне сілтеме жасайтын пакеттермен бірге тексеріледі',
    'Это файл заседания: он проверяется вместе с пакетами, которые на него ссылаются',
    'A session file: it is checked with the packages that refer to it',
  ),
  path: '',
});
