#!/usr/bin/env node
/**
 * The `bagalau` command. Each sub-command lives in its own module under src/cli/
 * and exports `register(program)`. Errors a user can cause end with a clear
 * message and exit code 2, never with a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { COMMANDS, COMMAND_NAMES, isCommand, type CommandName } from './commands.js';
import { UsageError } from './usage-error.js';
import { toolVersion } from './version.js';
import { translateCommanderError } from './commander-messages.js';
import { cliLang } from './lang.js';
import { localizeHelp } from './help-text.js';
import { allowShortRunTuning } from './short-run.js';

/** A fault of bagalau, not of the input (exit code 3): said in the user's language, the detail as the engine gave it. */
const INTERNAL = { kk: 'ішкі қате', ru: 'внутренняя ошибка', en: 'internal error' } as const;

type Register = { register: (p: Command) => void };

/** Written out (not a template string) so that a bundler sees every command's module. */
const LOADERS: Record<CommandName, () => Promise<Register>> = {
  check: () => import('./check.js'),
  methodologies: () => import('./methodologies.js'),
  explain: () => import('./explain.js'),
  calendar: () => import('./calendar.js'),
  render: () => import('./render.js'),
  templates: () => import('./templates.js'),
  draft: () => import('./draft.js'),
  init: () => import('./init.js'),
  serve: () => import('./serve.js'),
};

async function main(argv: string[]): Promise<number> {
  const program = new Command('bagalau')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(translateCommanderError(s, cliLang())) });
  // Load only the command asked for (`bagalau check …`, `bagalau help check`): each pulls in its own
  // engine (ajv and the packs, the DOCX and PDF backends, remark). The top-level help and an unknown command
  // need only names and descriptions, which the table in commands.ts holds.
  const asked = isCommand(argv[2]) ? argv[2] : argv[2] === 'help' && isCommand(argv[3]) ? argv[3] : undefined;
  if (asked) {
    (await LOADERS[asked]()).register(program);
  } else {
    for (const name of COMMAND_NAMES) program.command(name);
  }
  // Every word of the help in the user's language; the top-level list's terms come from the table.
  localizeHelp(program, cliLang(), (cmd) => (!asked && !cmd.parent?.parent && isCommand(cmd.name()) ? COMMANDS[cmd.name() as CommandName].term : undefined));
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
    process.stderr.write(`bagalau: ${INTERNAL[cliLang()]}: ${msg}\n`);
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

// This module is the process: a short check may tune its V8 (./short-run.ts).
allowShortRunTuning();
main(process.argv).then((code) => {
  process.exitCode = code;
});
