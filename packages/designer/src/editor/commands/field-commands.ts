import type { Field, Pathway, StepNode } from '../../core.js';
import { command, type Command } from './command.js';
import { mapNode } from './node-commands.js';

function mapStep(doc: Pathway, nodeId: string, update: (step: StepNode) => StepNode): Pathway {
  return mapNode(doc, nodeId, (node) => (node.kind === 'step' ? update(node) : node));
}

/** Adds a field at the end of a step. */
export function addField(nodeId: string, field: Field): Command {
  return command('add-field', `Add question "${field.label}" to "${nodeId}"`, (doc) =>
    mapStep(doc, nodeId, (step) => ({ ...step, fields: [...step.fields, field] })),
  );
}

/** Edits one field of a step; typing in one box coalesces into one undo step. */
export function updateField(
  nodeId: string,
  fieldId: string,
  what: string,
  update: (field: Field) => Field,
): Command {
  return command(
    'update-field',
    `Change ${what} of question "${fieldId}"`,
    (doc) =>
      mapStep(doc, nodeId, (step) => {
        let changed = false;
        const fields = step.fields.map((f) => {
          if (f.id !== fieldId) return f;
          const next = update(f);
          changed ||= next !== f;
          return next;
        });
        return changed ? { ...step, fields } : step;
      }),
    { coalesceKey: `field:${nodeId}:${fieldId}:${what}` },
  );
}

/** Removes a field from a step. */
export function removeField(nodeId: string, fieldId: string): Command {
  return command('remove-field', `Remove question "${fieldId}"`, (doc) =>
    mapStep(doc, nodeId, (step) => ({ ...step, fields: step.fields.filter((f) => f.id !== fieldId) })),
  );
}

/** Moves a field one place up (`-1`) or down (`+1`) within its step. */
export function moveField(nodeId: string, fieldId: string, direction: -1 | 1): Command {
  return command('move-field', `Move question "${fieldId}" ${direction < 0 ? 'up' : 'down'}`, (doc) =>
    mapStep(doc, nodeId, (step) => {
      const at = step.fields.findIndex((f) => f.id === fieldId);
      const to = at + direction;
      if (at < 0 || to < 0 || to >= step.fields.length) return step;
      const fields = [...step.fields];
      [fields[at], fields[to]] = [fields[to] as Field, fields[at] as Field];
      return { ...step, fields };
    }),
  );
}

/**
 * Changes the type of a field, keeping what applies to every type (id, label,
 * hint, required, conditions, validations) and giving the new type its defaults.
 */
export function changeFieldType(nodeId: string, fieldId: string, type: Field['type']): Command {
  return updateField(nodeId, fieldId, 'type', (field) => (field.type === type ? field : retype(field, type)));
}

/** The common part of a field plus the defaults of `type`. */
export function retype(field: Field, type: Field['type']): Field {
  const { id, label, hint, why, required, showWhen, prefill, redFlag, validations, code, sources } = field;
  const base = {
    id,
    label,
    ...(hint === undefined ? {} : { hint }),
    ...(why === undefined ? {} : { why }),
    ...(required === undefined ? {} : { required }),
    ...(showWhen === undefined ? {} : { showWhen }),
    ...(prefill === undefined ? {} : { prefill }),
    ...(redFlag === undefined ? {} : { redFlag }),
    ...(validations === undefined ? {} : { validations }),
    ...(code === undefined ? {} : { code }),
    ...(sources === undefined ? {} : { sources }),
  };
  const options =
    'options' in field
      ? field.options
      : [
          { value: 'option_1', label: 'Option 1' },
          { value: 'option_2', label: 'Option 2' },
        ];
  switch (type) {
    case 'choice':
    case 'multi-choice':
      return { ...base, type, options };
    case 'attachment':
      return {
        ...base,
        type,
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 10_000_000,
        maxFiles: 3,
      };
    case 'display':
      return { ...base, type, text: label };
    case 'integer':
    case 'decimal':
      return { ...base, type };
    case 'text':
    case 'long-text':
      return { ...base, type };
    case 'date':
      return { ...base, type };
    case 'boolean':
      return { ...base, type };
  }
}
