/**
 * `careway test <files...>`: every scenario in each pathway run through the
 * engine, with which outcomes and edges no scenario exercises. Ends with the
 * line `N passed, N failed`.
 */
import { testScenarios, type ScenarioSuite } from '@careway/core';
import type { Command } from 'commander';
import type { CliCommand, CommandContext, JsonOption } from '../command.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import type { Output } from '../output.js';
import { readPathwayFile, todayOption } from '../pathway-input.js';
import { printIssues } from '../report.js';

interface TestFlags extends JsonOption {
  today?: string;
  fullCoverage?: boolean;
}

function isFull(suite: ScenarioSuite): boolean {
  return suite.coverage.outcomes.uncovered.length === 0 && suite.coverage.edges.uncovered.length === 0;
}

function printSuite(output: Output, file: string, suite: ScenarioSuite): void {
  const s = output.style;
  output.line(s.bold(file));
  for (const report of suite.reports) {
    const ended =
      report.run.status === 'outcome'
        ? `→ ${report.run.outcome ?? ''}`
        : `stopped at ${report.run.at ?? '?'}`;
    output.line(`  ${report.passed ? s.green('pass') : s.red('FAIL')} ${report.name} ${s.dim(ended)}`);
    if (!report.passed) {
      for (const failure of report.failures) output.line(`       ${failure}`);
      output.line(`       ${s.dim(`route: ${report.run.route.join(' → ')}`)}`);
    }
  }
  const { outcomes, edges } = suite.coverage;
  const total = (c: { covered: string[]; uncovered: string[] }) => c.covered.length + c.uncovered.length;
  output.line(
    `  coverage: ${outcomes.covered.length}/${total(outcomes)} outcomes, ${edges.covered.length}/${total(edges)} edges`,
  );
  if (outcomes.uncovered.length > 0)
    output.line(`  ${s.yellow('not reached by any scenario')}: ${outcomes.uncovered.join(', ')}`);
  if (edges.uncovered.length > 0)
    output.line(`  ${s.yellow('not taken by any scenario')}: ${edges.uncovered.join(', ')}`);
}

async function runTest(context: CommandContext, files: readonly string[], flags: TestFlags): Promise<void> {
  const output = context.output();
  const today = todayOption(flags.today);
  let passed = 0;
  let failed = 0;
  let code: ExitCodeValue = ExitCode.ok;
  const results: unknown[] = [];
  for (const file of files) {
    const read = await readPathwayFile(file);
    if (!read.ok) {
      failed += 1;
      code = ExitCode.findings;
      results.push({ file, valid: false, issues: read.issues });
      if (!flags.json) {
        output.line(`${output.style.bold(file)}: not a valid pathway, so its scenarios were not run`);
        printIssues(output, read.issues);
      }
      continue;
    }
    const suite = testScenarios(read.pathway, today !== undefined ? { today } : {});
    passed += suite.passed;
    failed += suite.failed;
    const coverageFails = flags.fullCoverage === true && !isFull(suite);
    if (suite.failed > 0 || coverageFails) code = ExitCode.findings;
    results.push({
      file,
      valid: true,
      passed: suite.passed,
      failed: suite.failed,
      coverage: suite.coverage,
      scenarios: suite.reports.map((r) => ({
        scenario: r.scenario,
        name: r.name,
        passed: r.passed,
        failures: r.failures,
        status: r.run.status,
        outcome: r.run.outcome,
        route: r.run.route,
      })),
    });
    if (flags.json) continue;
    printSuite(output, file, suite);
    if (suite.reports.length === 0)
      output.line(`  ${output.style.yellow('no scenarios')}: add some in the designer`);
    if (coverageFails) output.line(`  ${output.style.red('coverage is not full')} (--full-coverage)`);
  }
  if (flags.json) output.json({ ok: code === ExitCode.ok, passed, failed, files: results });
  else output.line(`${passed} passed, ${failed} failed`);
  context.exit(code);
}

function register(program: Command, context: CommandContext): void {
  program
    .command('test')
    .description('run the scenarios of pathways through the engine, with outcome and edge coverage')
    .argument('<files...>', 'pathway JSON files')
    .option('--today <YYYY-MM-DD>', 'fix "today" for date rules (default: the clock)')
    .option('--full-coverage', 'also fail when some outcome or edge is exercised by no scenario')
    .option('--json', 'print one JSON object: ok, passed, failed, and per file its scenarios and coverage')
    .addHelpText(
      'after',
      '\nExit codes: 0 every scenario passes; 1 some scenario fails (or, with --full-coverage, coverage is not full); 2 unreadable input.',
    )
    .action((files: string[], flags: TestFlags) => runTest(context, files, flags));
}

/** `careway test`. */
export const testCommand: CliCommand = { name: 'test', register };
