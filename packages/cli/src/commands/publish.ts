/**
 * `careway publish <file> --out <dir>`: the gate before clinicians see a
 * pathway, core's `publicationRefusals` (the designer's and the hub's gate
 * too): schema and lint errors, failing scenarios, a sign-off that is
 * missing, incomplete or given to other clinical content, a status other than
 * `active`, a version already published with other content. Otherwise it
 * writes the canonical JSON as `<id>@<version>.json` and prints the
 * `sha256-…` integrity string that `<careway-pathway integrity>` checks.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publicationRefusals, publishedArtefact, utf8Encode, type Issue } from '@careway/core';
import type { Command } from 'commander';
import type { CliCommand, CommandContext, JsonOption } from '../command.js';
import { ExitCode } from '../errors.js';
import { writeBytes } from '../io.js';
import { readPathwayFile, todayOption } from '../pathway-input.js';
import { printIssues } from '../report.js';

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

async function runPublish(context: CommandContext, file: string, flags: PublishFlags): Promise<void> {
  const output = context.output();
  const s = output.style;
  const refuse = (refusals: readonly Issue[]): void => {
    if (flags.json)
      output.json({ ok: false, published: false, reasons: refusals.map((r) => r.message), refusals });
    else {
      output.line(`${s.red('refused')} ${file} was not published:`);
      printIssues(output, refusals);
    }
    context.exit(ExitCode.findings);
  };
  const read = await readPathwayFile(file);
  if (!read.ok) {
    refuse(read.issues.filter((i) => i.severity === 'error'));
    return;
  }
  const artefact = publishedArtefact(read.pathway);
  const target = join(flags.out, artefact.fileName);
  const before = await existing(target);
  const today = todayOption(flags.today);
  const refusals = publicationRefusals(read.pathway, {
    ...(today !== undefined ? { today } : {}),
    // Published files never change: the same version with the same bytes is already done.
    publishedVersions: before !== undefined && before !== artefact.json ? [read.pathway.version] : [],
  });
  if (refusals.length > 0) {
    refuse(refusals);
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
