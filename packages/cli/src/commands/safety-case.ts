/**
 * `careway safety-case <file>`: the clinical safety case of a pathway — its
 * scope, hazard log, traceability, analysis, scenario results, approvals and
 * the clinical changes since the last published version — as one
 * self-contained HTML document to read, print to PDF and file.
 */
import { safetyCaseReport } from '@careway/core';
import type { Command } from 'commander';
import type { CliCommand, CommandContext } from '../command.js';
import { ExitCode } from '../errors.js';
import { writeBytes } from '../io.js';
import { loadPathway, todayOption } from '../pathway-input.js';

interface SafetyCaseFlags {
  previous?: string;
  out?: string;
  today?: string;
}

async function runSafetyCase(context: CommandContext, file: string, flags: SafetyCaseFlags): Promise<void> {
  const output = context.output();
  const today = todayOption(flags.today) ?? new Date().toISOString().slice(0, 10);
  const pathway = await loadPathway(file);
  const previous = flags.previous !== undefined ? await loadPathway(flags.previous) : undefined;
  const html = safetyCaseReport(pathway, { today, ...(previous ? { previous } : {}) });
  if (flags.out !== undefined) {
    await writeBytes(flags.out, new TextEncoder().encode(html));
    output.error(
      `${output.errStyle.green('wrote')} ${flags.out}: the safety case of ${pathway.id} ${pathway.version}`,
    );
  } else output.stdout.write(html);
  context.exit(ExitCode.ok);
}

function register(program: Command, context: CommandContext): void {
  program
    .command('safety-case')
    .description(
      'write the clinical safety case as one HTML document: hazard log, traceability, analysis, scenarios, approvals, changes',
    )
    .argument('<file>', 'the pathway JSON file')
    .option('--previous <file>', 'the last published version, for the clinical changes since it')
    .option('-o, --out <report.html>', 'write the report to this file instead of standard output')
    .option('--today <YYYY-MM-DD>', 'the date of the report, and "today" for date rules (default: the clock)')
    .addHelpText(
      'after',
      '\nExit codes: 0 written (open hazards are in the report); 2 unreadable or invalid input.\nPrint it to PDF from a browser for the safety case file (A4).',
    )
    .action((file: string, flags: SafetyCaseFlags) => runSafetyCase(context, file, flags));
}

/** `careway safety-case`. */
export const safetyCaseCommand: CliCommand = { name: 'safety-case', register };
