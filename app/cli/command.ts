/** What every command receives: its arguments, the common flags and where to write. */
export interface CommandContext {
  args: string[];
  doc: string | undefined;
  json: boolean;
  flags: Record<string, string | boolean | (string | boolean)[] | undefined>;
  out: (text: string) => void;
}

/** A command's own options, in `node:util` parseArgs form (so `--kind K` takes its value). */
export type CommandOptions = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

export interface Command {
  usage: string;
  options?: CommandOptions;
  /** Returns the exit code (0 when omitted). */
  run: (context: CommandContext) => number | undefined | Promise<number | undefined>;
}
