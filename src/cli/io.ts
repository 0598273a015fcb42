/** Where the CLI writes. `index.ts` wires it to process.stdout / stderr; tests collect the text. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

/** Exit codes: 0 success, 1 a file could not be used, 2 the command line itself is wrong. */
export const EXIT_OK = 0
export const EXIT_FILE_ERROR = 1
export const EXIT_USAGE = 2
