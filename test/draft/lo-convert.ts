/**
 * OpenDocument texts written by a test, made Word files by LibreOffice itself (`soffice --convert-to docx`), in one
 * call (each call starts LibreOffice, ~10 s). Tests that need it are skipped where soffice is not installed. Test helper.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** Writes each `name.fodt` into `dir`, converts them all, and returns a reader of `name.docx` (converting on first use). */
export function sofficeDocx(dir: string, fodts: Record<string, () => string>): (name: string) => Uint8Array {
  let converted = false;
  return (name) => {
    if (!converted) {
      const files = Object.entries(fodts).map(([n, make]) => {
        writeFileSync(join(dir, `${n}.fodt`), make());
        return join(dir, `${n}.fodt`);
      });
      const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, ...files],
        { encoding: 'utf8', timeout: 280_000 });
      if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
      converted = true;
    }
    return new Uint8Array(readFileSync(join(dir, `${name}.docx`)));
  };
}
