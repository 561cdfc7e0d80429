/**
 * `careway validate <files...>`: schema validation of pathway documents, and
 * core's check that every expression in them can be read
 * (`unreadableExpressions`, the check the element runs before it runs one).
 * Exit 0 when every file is a valid pathway (warnings allowed), 1 when any is
 * not, 2 when any cannot be read or is not JSON.
 */
import { unreadableExpressions, type Issue } from '@careway/core';
import type { CliCommand, CommandContext, JsonOption } from '../command.js';
import { CliError, ExitCode, type ExitCodeValue } from '../errors.js';
import { readPathwayFile } from '../pathway-input.js';
import { countLine, printIssues } from '../report.js';

async function runValidate(
  context: CommandContext,
  files: readonly string[],
  flags: JsonOption,
): Promise<void> {
  const output = context.output();
  const s = output.style;
  let code: ExitCodeValue = ExitCode.ok;
  const results: unknown[] = [];
  for (const file of files) {
    try {
      const read = await readPathwayFile(file);
      const unreadable: readonly Issue[] = read.ok ? unreadableExpressions(read.pathway) : [];
      if (read.ok && unreadable.length === 0) {
        results.push({
          file,
          valid: true,
          id: read.pathway.id,
          version: read.pathway.version,
          warnings: read.warnings,
        });
        if (!flags.json) {
          output.line(
            `${s.green('valid')}   ${file} ${s.dim(`(${read.pathway.id}@${read.pathway.version})`)}`,
          );
          printIssues(output, read.warnings);
        }
      } else {
        if (code === ExitCode.ok) code = ExitCode.findings;
        const issues = read.ok ? unreadable : read.issues;
        results.push({ file, valid: false, issues });
        if (!flags.json) {
          output.line(`${s.red('invalid')} ${file} ${s.dim(`(${countLine(issues)})`)}`);
          printIssues(output, issues);
        }
      }
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      code = ExitCode.usage;
      results.push({ file, valid: false, error: { code: e.code, message: e.message } });
      if (!flags.json) output.error(`${output.errStyle.red('unreadable')} ${e.message}`);
    }
  }
  if (flags.json) output.json({ ok: code === ExitCode.ok, files: results });
  context.exit(code);
}

/** `careway validate`. */
export const validateCommand: CliCommand = {
  name: 'validate',
  register(program, context) {
    program
      .command('validate')
      .description(
        'check pathway files against the Careway schema (careway schema prints it) and that every expression can be read',
      )
      .argument('<files...>', 'pathway JSON files')
      .option('--json', 'print one JSON object: ok, and per file valid, id, version, issues or warnings')
      .addHelpText(
        'after',
        '\nExit codes: 0 every file is valid; 1 some file is not; 2 some file cannot be read or is not JSON.',
      )
      .action((files: string[], flags: JsonOption) => runValidate(context, files, flags));
  },
};
