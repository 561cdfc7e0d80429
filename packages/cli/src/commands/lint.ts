/**
 * `careway lint <files...>`: the analysis findings of each pathway —
 * structure, expressions, decisions, clinical safety, friction and scenario
 * coverage. Exit 1 when any file has an error finding (or is not a valid
 * pathway), 2 when a file cannot be read.
 */
import { analyze, type Finding } from '@careway/core';
import type { Command } from 'commander';
import type { CliCommand, CommandContext, JsonOption } from '../command.js';
import { CliError, ExitCode, type ExitCodeValue } from '../errors.js';
import { readPathwayFile, todayOption } from '../pathway-input.js';
import { countLine, printIssues } from '../report.js';

interface LintFlags extends JsonOption {
  budget?: string;
  today?: string;
  scenarios?: boolean;
}

function budgetOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError('bad_budget', `--budget must be a whole number of evaluation steps; got "${value}".`);
  return n;
}

async function runLint(context: CommandContext, files: readonly string[], flags: LintFlags): Promise<void> {
  const output = context.output();
  const s = output.style;
  const budget = budgetOption(flags.budget);
  const today = todayOption(flags.today);
  let code: ExitCodeValue = ExitCode.ok;
  const results: unknown[] = [];
  for (const file of files) {
    let read: Awaited<ReturnType<typeof readPathwayFile>>;
    try {
      read = await readPathwayFile(file);
    } catch (e) {
      // Like validate: report the unreadable file and go on with the others.
      if (!(e instanceof CliError)) throw e;
      code = ExitCode.usage;
      results.push({ file, valid: false, error: { code: e.code, message: e.message } });
      if (!flags.json) output.error(`${output.errStyle.red('unreadable')} ${e.message}`);
      continue;
    }
    if (!read.ok) {
      if (code === ExitCode.ok) code = ExitCode.findings;
      results.push({ file, valid: false, issues: read.issues });
      if (!flags.json) {
        output.line(
          `${s.bold(file)}: not a valid pathway, so it was not analysed (${countLine(read.issues)})`,
        );
        printIssues(output, read.issues);
      }
      continue;
    }
    const result = analyze(read.pathway, {
      ...(budget !== undefined ? { budget } : {}),
      ...(today !== undefined ? { today } : {}),
      scenarios: flags.scenarios !== false,
    });
    const findings: Finding[] = result.findings;
    if (findings.some((f) => f.severity === 'error') && code === ExitCode.ok) code = ExitCode.findings;
    results.push({ file, valid: true, findings, budget: result.budget });
    if (flags.json) continue;
    output.line(`${s.bold(file)}: ${countLine(findings)}`);
    printIssues(output, findings);
    if (result.budget.note) output.line(`  ${s.yellow('note')}    ${result.budget.note}`);
  }
  if (flags.json) output.json({ ok: code === ExitCode.ok, files: results });
  context.exit(code);
}

function register(program: Command, context: CommandContext): void {
  program
    .command('lint')
    .description('analyse pathways: structure, expressions, decisions, clinical safety, friction, coverage')
    .argument('<files...>', 'pathway JSON files')
    .option('--budget <steps>', 'evaluation steps the route exploration may spend (default 200000)')
    .option('--today <YYYY-MM-DD>', 'fix "today" for date rules (default: the clock)')
    .option('--no-scenarios', 'leave out the scenario coverage findings')
    .option('--json', 'print one JSON object: ok, and per file its findings and the exploration budget')
    .addHelpText(
      'after',
      '\nEach finding has a stable code; docs/authoring/analysis.md explains them.' +
        '\nExit codes: 0 no errors (warnings allowed); 1 some error, or an invalid file; 2 unreadable input.',
    )
    .action((files: string[], flags: LintFlags) => runLint(context, files, flags));
}

/** `careway lint`. */
export const lintCommand: CliCommand = { name: 'lint', register };
