/**
 * The commands `bagalau` knows, as the top-level help lists them (their descriptions in kk/ru/en are in help-text.ts). Each command's module
 * (src/cli/<name>.ts, exporting `register(program)`) pulls in its own engine — ajv and the
 * packs, the DOCX and PDF backends, remark — so none of them is imported until its command runs:
 * `bagalau --help` shows this table instead. test/cli/lazy.test.ts proves that each term
 * equals what the command's module registers.
 */
export interface CommandInfo {
  /** The line's left column: name, `[options]` and arguments, as commander prints it (in English; help-text.ts puts it in the user's language). */
  term: string;
}

export const COMMANDS = {
  check: { term: 'check [options] <paths...>' },
  methodologies: { term: 'methodologies [options]' },
  explain: { term: 'explain [options] <ruleId>' },
  calendar: { term: 'calendar [options] [value]' },
  render: { term: 'render [options] [inputs...]' },
  templates: { term: 'templates' },
  draft: { term: 'draft' },
  init: { term: 'init [options] [methodology]' },
  serve: { term: 'serve [options]' },
} as const satisfies Record<string, CommandInfo>;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export const isCommand = (s: string | undefined): s is CommandName => s !== undefined && Object.hasOwn(COMMANDS, s);
