/** `npm run bench`: every area's figures in one run (start-up, check, calendar, render, draft, serve). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
for (const area of ['startup', 'check', 'calendar', 'render', 'draft', 'serve']) {
  const file = `${here}${area}.js`;
  if (!existsSync(file)) {
    console.log(`${area}: no bench`);
    continue;
  }
  const mod = (await import(file)) as { run: () => Promise<void> };
  await mod.run();
}
