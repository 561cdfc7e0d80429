/**
 * The `careway` program: global options, the registered commands, and the
 * translation of every way a run can end into an exit code and a message.
 */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import type { CommandContext } from './command.js';
import { CliError, ExitCode, type ExitCodeValue } from './errors.js';
import { createOutput, type Output, type TextSink } from './output.js';

/** Where `main` reads and writes; the real process by default. */
export interface Environment {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Record<string, string | undefined>;
}

const VERSION = '0.1.0';

function build(environment: Environment, state: { code: ExitCodeValue; output?: Output }): Command {
  const program = new Command('careway');
  const outputFor = (): Output => {
    state.output ??= createOutput(
      environment.stdout,
      environment.stderr,
      environment.env,
      program.opts<{ color?: boolean }>().color !== false,
    );
    return state.output;
  };
  program
    .description('Check, test, run and publish Careway clinical pathways.')
    .version(VERSION, '-V, --version', 'print the careway version')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void environment.stdout.write(s),
      writeErr: (s) => void environment.stderr.write(s),
    })
    .addHelpText(
      'after',
      '\nExit codes: 0 fine; 1 findings, failing scenarios or an incomplete run; 2 bad usage or unreadable input.',
    );
  const context: CommandContext = {
    output: outputFor,
    exit: (code) => {
      state.code = code;
    },
  };
  for (const command of commands) command.register(program, context);
  return program;
}

function wantsJson(argv: readonly string[]): boolean {
  return argv.includes('--json');
}

/**
 * Runs `careway` with `argv` (the arguments after the program name) and
 * resolves to the exit code. Never throws and never calls `process.exit`.
 */
export async function runCli(argv: readonly string[], environment: Environment): Promise<number> {
  const state: { code: ExitCodeValue; output?: Output } = { code: ExitCode.ok };
  const program = build(environment, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return ExitCode.ok;
      // `careway` alone prints the help and is a usage error, like any other commander complaint.
      return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    const output =
      state.output ??
      createOutput(environment.stdout, environment.stderr, environment.env, !argv.includes('--no-color'));
    if (e instanceof CliError) {
      if (wantsJson(argv)) output.json({ ok: false, error: { code: e.code, message: e.message } });
      output.error(`${output.errStyle.red('error')} ${e.message}`);
      return e.exitCode;
    }
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    if (wantsJson(argv)) output.json({ ok: false, error: { code: 'internal_error', message: String(e) } });
    output.error(
      `${output.errStyle.red('internal error')} ${message}\nPlease report this with the command you ran.`,
    );
    return ExitCode.usage;
  }
}
