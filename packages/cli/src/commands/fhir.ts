/**
 * `careway fhir import|export|response`: FHIR R4 Questionnaires in and out,
 * and the referral Bundle for a run of a pathway. The mapping itself lives in
 * `@careway/core` (docs/format/fhir.md); this module reads files, calls it and
 * reports.
 */
import type { Command } from 'commander';
import {
  exportQuestionnaire,
  importQuestionnaire,
  referralBundle,
  type FhirIssue,
  type FhirValueSet,
} from '@careway/core';
import type { CliCommand, CommandContext, JsonOption } from '../command.js';
import { CliError, ExitCode } from '../errors.js';
import { readJson, readJsonObject, writeBytes } from '../io.js';
import type { Output } from '../output.js';
import { loadPathway } from '../pathway-input.js';
import { parseReference, runAnswers, splitContext } from './fhir-support.js';

interface ImportFlags extends JsonOption {
  out?: string;
  stepPerItem?: boolean;
  valueSet?: string[];
}

interface ExportFlags extends JsonOption {
  out?: string;
  baseUrl?: string;
}

interface ResponseFlags extends JsonOption {
  answers: string;
  context?: string;
  subject?: string;
  requester?: string;
  now?: string;
  out?: string;
}

function printIssues(output: Output, issues: readonly FhirIssue[]): void {
  const s = output.errStyle;
  for (const i of issues) {
    const tag =
      i.severity === 'error'
        ? s.red('error')
        : i.severity === 'warning'
          ? s.yellow('warning')
          : s.cyan('info');
    const where = i.linkId !== undefined ? ` ${s.bold(i.linkId)}` : '';
    output.error(`${tag}${where} ${i.message} ${s.dim(`[${i.code}]`)}`);
  }
}

async function emit(output: Output, value: unknown, out: string | undefined): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (out) await writeBytes(out, new TextEncoder().encode(text));
  else output.stdout.write(text);
}

async function readValueSets(files: readonly string[]): Promise<FhirValueSet[]> {
  const sets: FhirValueSet[] = [];
  for (const file of files) {
    const value = (await readJson(file)) as {
      resourceType?: string;
      entry?: { resource?: { resourceType?: string } }[];
    };
    if (value.resourceType === 'ValueSet') sets.push(value as FhirValueSet);
    else if (value.resourceType === 'Bundle') {
      for (const e of value.entry ?? [])
        if (e.resource?.resourceType === 'ValueSet') sets.push(e.resource as FhirValueSet);
    } else
      throw new CliError('not_a_value_set', `${file} holds neither a ValueSet nor a Bundle of ValueSets.`);
  }
  return sets;
}

async function runImport(context: CommandContext, file: string, flags: ImportFlags): Promise<void> {
  const output = context.output();
  const input = await readJson(file);
  const result = importQuestionnaire(input, {
    stepPerItem: flags.stepPerItem === true,
    valueSets: await readValueSets(flags.valueSet ?? []),
  });
  if (!result.pathway) {
    if (flags.json) output.json({ ok: false, issues: result.issues });
    else printIssues(output, result.issues);
    context.exit(ExitCode.usage);
    return;
  }
  if (flags.json) {
    if (flags.out) await emit(output, result.pathway, flags.out);
    output.json({
      ok: result.ok,
      pathway: flags.out ? undefined : result.pathway,
      out: flags.out,
      issues: result.issues,
      linkIds: result.linkIds,
    });
  } else {
    await emit(output, result.pathway, flags.out);
    printIssues(output, result.issues);
    if (flags.out)
      output.error(
        `${output.errStyle.green('wrote')} ${flags.out} (${Object.keys(result.linkIds).length} fields from ${file})`,
      );
  }
  context.exit(result.ok ? ExitCode.ok : ExitCode.findings);
}

async function runExport(context: CommandContext, file: string, flags: ExportFlags): Promise<void> {
  const output = context.output();
  const pathway = await loadPathway(file);
  const { questionnaire, issues } = exportQuestionnaire(
    pathway,
    flags.baseUrl ? { baseUrl: flags.baseUrl } : {},
  );
  if (flags.json) {
    if (flags.out) await emit(output, questionnaire, flags.out);
    output.json({ ok: true, questionnaire: flags.out ? undefined : questionnaire, out: flags.out, issues });
  } else {
    await emit(output, questionnaire, flags.out);
    printIssues(output, issues);
  }
  context.exit(ExitCode.ok);
}

async function runResponse(context: CommandContext, file: string, flags: ResponseFlags): Promise<void> {
  const output = context.output();
  const pathway = await loadPathway(file);
  const answers = await readJsonObject(flags.answers, 'answers');
  const { engineContext, fhir } = splitContext(
    flags.context ? await readJsonObject(flags.context, 'context facts') : {},
    flags.context ?? '',
  );
  const subject = flags.subject ? parseReference(flags.subject, '--subject') : fhir.subject;
  const requester = flags.requester ? parseReference(flags.requester, '--requester') : fhir.requester;
  const run = runAnswers(pathway, answers, engineContext, flags.now);
  if (!run.result) {
    if (flags.json) output.json({ ok: false, needs: run.needs, message: run.message });
    else output.error(`${output.errStyle.red('incomplete')} ${run.message}`);
    context.exit(ExitCode.findings);
    return;
  }
  const { bundle, issues } = referralBundle(pathway, run.result, {
    ...(subject ? { subject } : {}),
    ...(requester ? { requester } : {}),
    ...(fhir.performer ? { performer: fhir.performer } : {}),
    ...(fhir.encounter ? { encounter: fhir.encounter } : {}),
    ...(flags.now ? { now: flags.now } : {}),
  });
  if (flags.json) {
    if (flags.out) await emit(output, bundle, flags.out);
    output.json({
      ok: true,
      outcome: run.result.outcome.id,
      bundle: flags.out ? undefined : bundle,
      out: flags.out,
      issues,
    });
  } else {
    await emit(output, bundle, flags.out);
    printIssues(output, issues);
  }
  context.exit(ExitCode.ok);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Registers `careway fhir` and its subcommands on `program`. */
export function registerFhirCommands(program: Command, context: CommandContext): void {
  const fhir = program
    .command('fhir')
    .description('FHIR R4: import and export SDC Questionnaires, build the referral Bundle of a run')
    .addHelpText('after', '\nThe mapping is described in docs/format/fhir.md.');
  fhir
    .command('import')
    .description('import a FHIR R4 Questionnaire as a Careway pathway (issues go to standard error)')
    .argument('<questionnaire.json>', 'the Questionnaire')
    .option('-o, --out <pathway.json>', 'write the pathway to this file instead of standard output')
    .option('--step-per-item', 'one step per top-level question instead of one step per run of questions')
    .option(
      '--value-set <file>',
      'a ValueSet (or Bundle of them) that answerValueSet may name; repeatable',
      collect,
    )
    .option('--json', 'print one JSON object: ok, pathway, issues, linkIds')
    .addHelpText(
      'after',
      '\nExit codes: 0 imported; 1 imported with errors (e.g. an enableWhen loop); 2 unreadable or not a Questionnaire.',
    )
    .action((file: string, flags: ImportFlags) => runImport(context, file, flags));
  fhir
    .command('export')
    .description(
      'export a pathway as an SDC Questionnaire (the pathway travels in the careway-pathway extension)',
    )
    .argument('<pathway.json>', 'the pathway')
    .option(
      '-o, --out <questionnaire.json>',
      'write the Questionnaire to this file instead of standard output',
    )
    .option(
      '--base-url <url>',
      'canonical base of the Questionnaire URL (default https://careway.dev/fhir/Questionnaire)',
    )
    .option('--json', 'print one JSON object: ok, questionnaire, issues')
    .action((file: string, flags: ExportFlags) => runExport(context, file, flags));
  fhir
    .command('response')
    .description(
      'run the pathway on the answers and print the FHIR transaction Bundle (QuestionnaireResponse, ServiceRequest or CommunicationRequest, Task)',
    )
    .argument('<pathway.json>', 'the pathway')
    .requiredOption('--answers <answers.json>', 'answers keyed by field id')
    .option(
      '--context <context.json>',
      'context facts keyed by id; a "fhir" member may hold subject, requester, performer, encounter',
    )
    .option('--subject <ref>', 'the patient: Patient/123, nhs:9000000009, or a JSON Reference')
    .option('--requester <ref>', 'the referrer: Practitioner/G1234567, or a JSON Reference')
    .option('--now <iso-datetime>', 'the time of the request (default: when the run completed)')
    .option('-o, --out <bundle.json>', 'write the Bundle to this file instead of standard output')
    .option('--json', 'print one JSON object: ok, outcome, bundle, issues')
    .addHelpText(
      'after',
      '\nExit codes: 0 Bundle printed; 1 the answers do not reach an outcome; 2 bad usage or unreadable input.',
    )
    .action((file: string, flags: ResponseFlags) => runResponse(context, file, flags));
}

/** `careway fhir`, for the command list. */
export const fhirCommand: CliCommand = {
  name: 'fhir',
  register: registerFhirCommands,
};
