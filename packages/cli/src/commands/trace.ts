/**
 * `careway trace <file>`: the traceability matrix of a pathway — for each
 * source and recommendation it cites, what implements it, which
 * recommendations are out of scope and why, and the red flags, decision
 * edges and outcomes that name no source — as Markdown for a review, CSV for
 * a spreadsheet, or JSON.
 */
import { traceCsv, traceMarkdown, traceMatrix } from '@careway/core';
import { Option, type Command } from 'commander';
import type { CliCommand, CommandContext, JsonOption } from '../command.js';
import { ExitCode } from '../errors.js';
import { loadPathway } from '../pathway-input.js';

const FORMATS = ['markdown', 'csv'] as const;

interface TraceFlags extends JsonOption {
  format: (typeof FORMATS)[number];
}

async function runTrace(context: CommandContext, file: string, flags: TraceFlags): Promise<void> {
  const pathway = await loadPathway(file);
  const matrix = traceMatrix(pathway);
  const output = context.output();
  if (flags.json) output.json({ ok: true, ...matrix });
  else output.stdout.write(flags.format === 'csv' ? traceCsv(matrix) : traceMarkdown(matrix));
  context.exit(ExitCode.ok);
}

function register(program: Command, context: CommandContext): void {
  program
    .command('trace')
    .description(
      'print the traceability matrix: what implements each source and recommendation, and what names no source',
    )
    .argument('<file>', 'the pathway JSON file')
    .addOption(
      new Option('--format <format>', 'markdown for a review, csv for a spreadsheet')
        .choices(FORMATS)
        .default('markdown'),
    )
    .option(
      '--json',
      'print one JSON object: the pathway, its sources with their recommendations, the unsourced',
    )
    .action((file: string, flags: TraceFlags) => runTrace(context, file, flags));
}

/** `careway trace`. */
export const traceCommand: CliCommand = { name: 'trace', register };
