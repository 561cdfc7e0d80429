/**
 * Every `careway` subcommand, in the order `careway --help` lists them.
 * Adding a command is one module in this folder and one line here.
 */
import type { CliCommand } from '../command.js';
import { fhirCommand } from './fhir.js';
import { insightsCommand } from './insights.js';
import { lintCommand } from './lint.js';
import { publishCommand } from './publish.js';
import { runCommand } from './run.js';
import { safetyCaseCommand } from './safety-case.js';
import { schemaCommand } from './schema.js';
import { statsCommand } from './stats.js';
import { testCommand } from './test.js';
import { traceCommand } from './trace.js';
import { validateCommand } from './validate.js';

/** The registered subcommands. */
export const commands: readonly CliCommand[] = [
  validateCommand,
  lintCommand,
  testCommand,
  runCommand,
  statsCommand,
  traceCommand,
  safetyCaseCommand,
  publishCommand,
  schemaCommand,
  fhirCommand,
  insightsCommand,
];
