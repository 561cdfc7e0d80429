/**
 * `careway run <file> --answers <answers.json>`: runs a pathway without a
 * screen, as the runtime would with those answers, and prints where it ends
 * — the outcome, the route and the trace of every routing decision — or the
 * fields it still needs.
 */
import { runPath, type RunPathResult } from '@careway/core';
import type { Command } from 'commander';
import type { CliCommand, CommandContext, JsonOption } from '../command.js';
import { ExitCode } from '../errors.js';
import { readJsonObject } from '../io.js';
import type { Output } from '../output.js';
import { loadPathway, todayOption } from '../pathway-input.js';

interface RunFlags extends JsonOption {
  answers: string;
  context?: string;
  today?: string;
  summary?: boolean;
}

function printRun(output: Output, run: RunPathResult, withSummary: boolean): void {
  const s = output.style;
  const outcome = run.result?.outcome;
  if (run.status === 'outcome' && outcome) {
    output.line(`${s.green('outcome')}  ${s.bold(outcome.id)}  ${outcome.title}`);
    output.line(`  disposition  ${outcome.disposition}`);
    output.line(`  urgency      ${outcome.urgency} (${outcome.timeframe})`);
    if (outcome.service) output.line(`  service      ${outcome.service.name}`);
    output.line(`  acted on by  ${outcome.actor}`);
  } else if (run.status === 'stalled') {
    output.line(
      `${s.yellow('incomplete')}  stopped at ${s.bold(run.at ?? '?')}: ${run.stall?.message ?? ''}`,
    );
    const needs = run.needs ?? [];
    if (needs.length > 0) {
      output.line('  still needed:');
      for (const need of needs)
        output.line(`    ${need.kind === 'context' ? 'context.' : ''}${need.id}  ${s.dim(need.label)}`);
    }
  } else {
    output.line(`${s.yellow('incomplete')}  the answers are not valid at ${s.bold(run.at ?? '?')}:`);
    for (const e of run.errors ?? [])
      output.line(`    ${e.fieldId ?? ''}  ${e.message} ${s.dim(`[${e.code}]`)}`);
  }
  output.line(`route  ${run.route.join(' → ')}`);
  if (run.trace.length > 0) {
    output.line('trace');
    for (const t of run.trace) output.line(`  ${t.node} → ${t.to}  ${s.dim(t.note)}`);
  }
  if (withSummary && run.result) output.line(`\n${run.result.summaryText}`);
}

async function runRun(context: CommandContext, file: string, flags: RunFlags): Promise<void> {
  const output = context.output();
  const pathway = await loadPathway(file);
  const answers = await readJsonObject(flags.answers, 'answers');
  const facts = flags.context ? await readJsonObject(flags.context, 'context facts') : {};
  const today = todayOption(flags.today);
  const run = runPath(pathway, { answers, context: facts, ...(today !== undefined ? { today } : {}) });
  const atOutcome = run.status === 'outcome' && run.result !== undefined;
  if (flags.json) {
    const outcome = run.result?.outcome;
    output.json({
      ok: atOutcome,
      status: run.status,
      outcome: outcome && {
        id: outcome.id,
        title: outcome.title,
        disposition: outcome.disposition,
        urgency: outcome.urgency,
        timeframe: outcome.timeframe,
        service: outcome.service?.name,
      },
      route: run.route,
      trace: run.trace,
      at: run.at,
      needs: run.needs,
      stall: run.stall,
      errors: run.errors,
      result: run.result,
    });
  } else printRun(output, run, flags.summary === true);
  context.exit(atOutcome ? ExitCode.ok : ExitCode.findings);
}

function register(program: Command, context: CommandContext): void {
  program
    .command('run')
    .description('run a pathway on a set of answers and print the outcome, the route and the trace')
    .argument('<file>', 'the pathway JSON file')
    .requiredOption(
      '--answers <answers.json>',
      'answers keyed by field id, as the field expects (option values for choices)',
    )
    .option('--context <context.json>', 'context facts keyed by id (age, sex, known conditions …)')
    .option('--today <YYYY-MM-DD>', 'fix "today" for date rules (default: the clock)')
    .option('--summary', 'also print the plain-text summary for the clinical record')
    .option('--json', 'print one JSON object: ok, status, outcome, route, trace, needs, errors, result')
    .addHelpText(
      'after',
      '\nExit codes: 0 an outcome was reached; 1 the answers stop short (the fields still needed are listed); 2 bad usage or unreadable input.',
    )
    .action((file: string, flags: RunFlags) => runRun(context, file, flags));
}

/** `careway run`. */
export const runCommand: CliCommand = { name: 'run', register };
