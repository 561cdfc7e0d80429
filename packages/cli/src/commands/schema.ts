/**
 * `careway schema`: the JSON Schema of the pathway document, for editors and
 * other tools (the same text as `@careway/core/careway.schema.json`).
 */
import { jsonSchemaText } from '@careway/core';
import type { CliCommand } from '../command.js';
import { ExitCode } from '../errors.js';

/** `careway schema`. */
export const schemaCommand: CliCommand = {
  name: 'schema',
  register(program, context) {
    program
      .command('schema')
      .description('print the JSON Schema of the Careway pathway document')
      .option('--json', 'the same: the schema is JSON already')
      .action(() => {
        const text = jsonSchemaText();
        context.output().stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        context.exit(ExitCode.ok);
      });
  },
};
