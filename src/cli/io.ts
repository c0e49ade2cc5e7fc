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
