/**
 * Exit codes and the one error type a command throws to stop with a message.
 * Everything else a command has to say goes through its {@link Output}.
 */

/** The process exit codes `careway` uses, for scripts and CI. */
export const ExitCode = {
  /** Everything is fine. */
  ok: 0,
  /** The command ran and found problems: lint errors, failing scenarios, an incomplete run. */
  findings: 1,
  /** Bad usage or unreadable input: nothing was checked. */
  usage: 2,
} as const;

/** One of {@link ExitCode}'s values. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Stops the current command with a message for the person at the terminal
 * and an exit code (2 unless told otherwise). `code` is a stable snake_case
 * name, repeated in `--json` output.
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: ExitCodeValue = ExitCode.usage,
  ) {
    super(message);
  }
}
