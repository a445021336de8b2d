/** What every command receives: its arguments, the common flags and where to write. */
export interface CommandContext {
  args: string[];
  doc: string | undefined;
  json: boolean;
  flags: Record<string, string | boolean | undefined>;
  out: (text: string) => void;
}

export interface Command {
  usage: string;
  /** Returns the exit code (0 when omitted). */
  run: (context: CommandContext) => number | undefined | Promise<number | undefined>;
}
