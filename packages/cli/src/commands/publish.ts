/**
 * `careway publish <file> --out <dir>`: the gate before clinicians see a
 * pathway. It refuses a pathway with lint errors, failing scenarios, a
 * sign-off that is missing, incomplete or given to other clinical content
 * (core's `signOffRefusals`, the designer's gate too), or a status other than
 * `active`; otherwise it writes the canonical JSON as `<id>@<version>.json` and prints
 * the `sha256-…` integrity string that `<careway-pathway integrity>` checks.
 * A published file is immutable: publishing the same version with other
 * content is refused.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze, publishedArtefact, signOffRefusals, testScenarios, utf8Encode } from '@careway/core';
import type { Command } from 'commander';
import type { CliCommand, CommandContext, JsonOption } from '../command.js';
import { ExitCode } from '../errors.js';
import { writeBytes } from '../io.js';
import { readPathwayFile, todayOption } from '../pathway-input.js';
import { printReportables } from '../report.js';

interface PublishFlags extends JsonOption {
  out: string;
  today?: string;
}

async function existing(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Only an active pathway goes to clinicians; the designer makes it active as it publishes. */
function statusRefusals(status: string): string[] {
  if (status === 'active') return [];
  if (status === 'retired')
    return [
      'Its status is "retired": retired pathways are not published. Make it "active", under a new version, to publish it again.',
    ];
  return [
    `Its status is "${status}": set "status": "active" once it is signed off and ready for clinicians.`,
  ];
}

async function runPublish(context: CommandContext, file: string, flags: PublishFlags): Promise<void> {
  const output = context.output();
  const s = output.style;
  const refuse = (reasons: string[], details: unknown): void => {
    if (flags.json) output.json({ ok: false, published: false, reasons, ...(details as object) });
    else {
      output.line(`${s.red('refused')} ${file} was not published:`);
      for (const r of reasons) output.line(`  ${r}`);
    }
    context.exit(ExitCode.findings);
  };
  const read = await readPathwayFile(file);
  if (!read.ok) {
    const n = read.issues.length;
    refuse([`It is not a valid pathway (${n} issue${n === 1 ? '' : 's'}); run careway validate ${file}.`], {
      issues: read.issues,
    });
    if (!flags.json) printReportables(output, read.issues);
    return;
  }
  const today = todayOption(flags.today);
  const options = today !== undefined ? { today } : {};
  const errors = analyze(read.pathway, { ...options, scenarios: false }).findings.filter(
    (f) => f.severity === 'error',
  );
  const suite = testScenarios(read.pathway, options);
  const failing = suite.reports.filter((r) => !r.passed);
  const reasons = [
    ...(errors.length > 0
      ? [`${errors.length} lint error${errors.length === 1 ? '' : 's'}: fix them (careway lint ${file}).`]
      : []),
    ...failing.map((r) => `Scenario “${r.name}” fails: ${r.failures.join('; ')}`),
    ...signOffRefusals(read.pathway),
    ...statusRefusals(read.pathway.status),
  ];
  if (reasons.length > 0) {
    refuse(reasons, { findings: errors, failing: failing.map((r) => r.scenario) });
    if (!flags.json) printReportables(output, errors);
    return;
  }
  const artefact = publishedArtefact(read.pathway);
  const target = join(flags.out, artefact.fileName);
  const before = await existing(target);
  if (before !== undefined && before !== artefact.json) {
    refuse(
      [
        `${target} already holds a different ${read.pathway.id}@${read.pathway.version}. Published versions never change: bump the version.`,
      ],
      {},
    );
    return;
  }
  if (before === undefined) await writeBytes(target, utf8Encode(artefact.json));
  if (flags.json) {
    output.json({
      ok: true,
      published: true,
      file: target,
      id: read.pathway.id,
      version: read.pathway.version,
      integrity: artefact.integrity,
      bytes: utf8Encode(artefact.json).length,
      unchanged: before !== undefined,
    });
  } else {
    output.error(
      `${output.errStyle.green('published')} ${target}${before !== undefined ? ' (already there, unchanged)' : ''}`,
    );
    output.line(artefact.integrity);
  }
  context.exit(ExitCode.ok);
}

function register(program: Command, context: CommandContext): void {
  program
    .command('publish')
    .description(
      'check a pathway, then write its canonical JSON as <id>@<version>.json and print its integrity',
    )
    .argument('<file>', 'the pathway JSON file')
    .requiredOption('--out <dir>', 'the folder of published pathways')
    .option('--today <YYYY-MM-DD>', 'fix "today" for date rules (default: the clock)')
    .option('--json', 'print one JSON object: ok, file, integrity, or the reasons it was refused')
    .addHelpText(
      'after',
      '\nStandard output carries only the integrity string, e.g.\n' +
        '  <careway-pathway src="/pathways/<id>@<version>.json" integrity="$(careway publish p.json --out public/pathways)">' +
        '\nExit codes: 0 published; 1 refused (lint errors, failing scenarios, sign-off missing or stale, status not active, or that version published with other content); 2 bad usage or unreadable input.',
    )
    .action((file: string, flags: PublishFlags) => runPublish(context, file, flags));
}

/** `careway publish`. */
export const publishCommand: CliCommand = { name: 'publish', register };
