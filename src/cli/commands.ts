/**
 * The commands `bagalau` knows, as the top-level help lists them. Each command's module
 * (src/cli/<name>.ts, exporting `register(program)`) pulls in its own engine — ajv and the
 * packs, docx and pdf-lib, remark — so none of them is imported until its command runs:
 * `bagalau --help` shows this table instead. test/cli/lazy.test.ts proves that each line
 * equals what the command's module registers.
 */
export interface CommandInfo {
  /** The line's left column: name, `[options]` and arguments, as commander prints it. */
  term: string;
  description: string;
}

export const COMMANDS = {
  check: { term: 'check [options] <paths...>', description: 'check evaluation packages (YAML/JSON) against the methodology in force for their period' },
  methodologies: { term: 'methodologies [options]', description: 'list the methodology packs: act, validity, wordings, appendices' },
  explain: { term: 'explain [options] <ruleId>', description: "show a rule: what it requires, its clause and the clause's Kazakh text" },
  calendar: { term: 'calendar [options] [value]', description: 'working-day calendar of Kazakhstan (five-day week), 2018–2027, with sources' },
  render: { term: 'render [options] [inputs...]', description: 'render official forms, protocols and the approval order as DOCX and/or PDF (Times New Roman / Tinos, A4)' },
  templates: { term: 'templates', description: 'templates of the official forms' },
  draft: { term: 'draft', description: 'check a draft methodology order against drafting rules and the model methodology (act 002 Annex 2)' },
  init: { term: 'init [options] [methodology]', description: 'write a package skeleton with every required field, or one package per row of a staff list (--from)' },
  serve: { term: 'serve [options]', description: 'the web page (fill, audit, import, drafts, calendar) and the HTTP API, on this machine' },
} as const satisfies Record<string, CommandInfo>;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export const isCommand = (s: string | undefined): s is CommandName => s !== undefined && Object.hasOwn(COMMANDS, s);
