/**
 * `careway stats <file>`: the size of a pathway and the friction a clinician
 * meets in it — per outcome, the fewest and most questions to reach it and
 * the number of distinct routes — and the fields nothing uses.
 */
import { analyze, fingerprint, publishedArtefact, utf8Encode } from '@careway/core';
import type { Command } from 'commander';
import type { CliCommand, CommandContext, JsonOption } from '../command.js';
import { ExitCode } from '../errors.js';
import { loadPathway, todayOption } from '../pathway-input.js';

interface StatsFlags extends JsonOption {
  today?: string;
}

const FRICTION_CODES = new Set(['unused_field', 'unused_variable', 'always_prefilled', 'field_never_shown']);

async function runStats(context: CommandContext, file: string, flags: StatsFlags): Promise<void> {
  const output = context.output();
  const s = output.style;
  const pathway = await loadPathway(file);
  const today = todayOption(flags.today);
  const { metrics, findings, budget } = analyze(pathway, {
    scenarios: false,
    ...(today !== undefined ? { today } : {}),
  });
  const bytes = utf8Encode(publishedArtefact(pathway).json).length;
  const friction = findings.filter((f) => FRICTION_CODES.has(f.code));
  if (flags.json) {
    output.json({
      ok: true,
      id: pathway.id,
      version: pathway.version,
      fingerprint: fingerprint(pathway),
      bytes,
      metrics,
      friction,
      budget,
    });
    context.exit(ExitCode.ok);
    return;
  }
  const n = metrics.nodes;
  output.line(`${s.bold(pathway.title)} ${s.dim(`${pathway.id}@${pathway.version}`)}`);
  const of = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  output.line(
    `  nodes       ${n.total} (${of(n.step, 'step')}, ${of(n.decision, 'decision')}, ${n.info} info, ${of(n.outcome, 'outcome')})`,
  );
  output.line(`  edges       ${metrics.edges}`);
  output.line(`  questions   ${metrics.questions} (${of(metrics.redFlags, 'red flag')})`);
  output.line(`  variables   ${metrics.variables}`);
  output.line(`  scenarios   ${metrics.scenarios}`);
  output.line(`  longest     ${metrics.longestRoute} nodes from start to outcome`);
  output.line(`  published   ${bytes} bytes of canonical JSON`);
  output.line(`  fingerprint ${fingerprint(pathway)} (of the clinical content, as an approval records it)`);
  output.line('');
  output.line('| outcome | urgency | fewest questions | most questions | routes |');
  output.line('|---|---|---:|---:|---:|');
  for (const o of metrics.outcomes) {
    const q = (v: number | null) => (v === null ? 'unreachable' : String(v));
    output.line(
      `| ${o.nodeId} | ${o.urgency} | ${q(o.fewestQuestions)} | ${q(o.mostQuestions)} | ${o.routes} |`,
    );
  }
  if (friction.length > 0) {
    output.line('');
    output.line('friction');
    for (const f of friction)
      output.line(`  ${f.fieldId ?? f.nodeId ?? ''}  ${f.message} ${s.dim(`[${f.code}]`)}`);
  }
  if (budget.note) output.line(`\n${s.yellow('note')} ${budget.note}`);
  context.exit(ExitCode.ok);
}

function register(program: Command, context: CommandContext): void {
  program
    .command('stats')
    .description('print the size of a pathway and its friction: questions per outcome, routes, unused fields')
    .argument('<file>', 'the pathway JSON file')
    .option('--today <YYYY-MM-DD>', 'fix "today" for date rules (default: the clock)')
    .option('--json', 'print one JSON object: id, version, fingerprint, bytes, metrics, friction, budget')
    .action((file: string, flags: StatsFlags) => runStats(context, file, flags));
}

/** `careway stats`. */
export const statsCommand: CliCommand = { name: 'stats', register };
