/**
 * `@careway/cli`: the `careway` command for authors and CI.
 *
 * @packageDocumentation
 */
import { runCli } from './program.js';

export { runCli, type Environment } from './program.js';
export type { CliCommand, CommandContext } from './command.js';
export { CliError, ExitCode } from './errors.js';

/**
 * Runs `careway` on the real process streams and resolves to the exit code
 * (0 fine, 1 findings or failures, 2 bad usage or unreadable input).
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[]): Promise<number> {
  return runCli(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env });
}
