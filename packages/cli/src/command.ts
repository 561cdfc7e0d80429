/**
 * The shape of a `careway` subcommand. Each command is one module under
 * `commands/` exporting a {@link CliCommand}; `commands/index.ts` lists them,
 * so adding `careway fhir …` or `careway insights …` is one new module and
 * one line in that list.
 */
import type { Command } from 'commander';
import type { ExitCodeValue } from './errors.js';
import type { Output } from './output.js';

/** What a command's action gets besides its own arguments and options. */
export interface CommandContext {
  /** The output for this run (colour decided from the global options and environment). */
  output(): Output;
  /** Records the exit code of the command that ran. */
  exit(code: ExitCodeValue): void;
}

/** A subcommand: registers itself (arguments, options, help, action) on the program. */
export interface CliCommand {
  /** The command's name as typed, e.g. `lint` or `fhir`. */
  readonly name: string;
  /** Adds the command to `program`. */
  register(program: Command, context: CommandContext): void;
}

/** Options every command accepts. */
export interface JsonOption {
  json?: boolean;
}
