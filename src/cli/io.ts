// Where the CLI writes, and what its exit status means (contract.md).
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal: long runs show a progress line there. */
  stderrIsTTY?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

/** One line on stderr, named "jixiao：" — unless it already starts with the command ("jixiao check 不写文件…"). */
export function complain(io: Pick<CliIO, 'stderr'>, text: string): void {
  io.stderr(/^jixiao\s/.test(text) ? `${text}\n` : `jixiao：${text}\n`);
}
