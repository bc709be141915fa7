#!/usr/bin/env node
/**
 * The `bagalau` command. Each sub-command lives in its own module under src/cli/
 * and exports `register(program)`. Errors a user can cause end with a clear
 * message and exit code 2, never with a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { UsageError } from './usage-error.js';

const COMMANDS = ['check', 'methodologies', 'explain', 'calendar', 'render', 'templates', 'draft'] as const;

async function main(argv: string[]): Promise<number> {
  const program = new Command('bagalau')
    .description('Evaluation of Kazakhstan administrative civil servants: check, render, draft')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  // Load only the command asked for (each pulls in its own engine: docx, pdf-lib, remark…);
  // all of them for help or an unknown command.
  const asked = COMMANDS.find((c) => c === argv[2]);
  for (const name of asked ? [asked] : COMMANDS) {
    const mod = (await import(`./${name}.js`)) as { register: (p: Command) => void };
    mod.register(program);
  }
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`bagalau: ${err.message}\n`);
      return 2;
    }
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`bagalau: internal error: ${msg}\n`);
    if (process.env['BAGALAU_DEBUG'] && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 3;
  }
}

// A reader that stops early (`| head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
