/**
 * Translatable texts and their keys. `translations.cy` maps a key to the
 * Welsh text; `translate` reads the pathway in that language.
 */
import type { IssuePath } from '../issues/issue.js';
import type { Language, Pathway } from './pathway.js';

/** One translatable text of a pathway. */
export interface TextEntry {
  /** E.g. `field.fit_result.label`. */
  key: string;
  /** The text as the document holds it (English). */
  text: string;
  /** Where the text is in the document. */
  path: IssuePath;
  /** True when the text may use the safe markup subset (see `parseMarkup`). */
  rich: boolean;
}

type Bag = Record<string, unknown>;

/**
 * Every translatable text of a pathway with its key, in document order.
 *
 * @example
 * textKeys(pathway).map((t) => t.key)
 * // ['pathway.title', 'node.fit.title', 'field.fit_result.label', 'option.symptoms.none.label', …]
 */
export function textKeys(pathway: Pathway): TextEntry[] {
  const out: TextEntry[] = [];
  const add = (key: string, owner: unknown, prop: string, path: IssuePath, rich = false): void => {
    const text = (owner as Bag | undefined)?.[prop];
    if (typeof text === 'string') out.push({ key, text, path: [...path, prop], rich });
  };

  add('pathway.title', pathway, 'title', []);
  add('pathway.description', pathway, 'description', [], true);
  pathway.context.forEach((c, i) => add(`context.${c.id}.label`, c, 'label', ['context', i]));
  pathway.nodes.forEach((node, n) => {
    const at = ['nodes', n];
    const k = `node.${node.id}`;
    add(`${k}.title`, node, 'title', at);
    add(`${k}.description`, node, 'description', at, node.kind === 'step');
    add(`${k}.body`, node, 'body', at, true);
    if (node.kind === 'outcome') {
      add(`${k}.timeframe`, node, 'timeframe', at);
      add(`${k}.service`, node.service, 'name', [...at, 'service']);
      add(`${k}.actor`, node, 'actor', at);
      for (const prop of ['summary', 'nextSteps', 'safetyNetting']) add(`${k}.${prop}`, node, prop, at, true);
    }
    if (node.kind !== 'step') return;
    node.fields.forEach((field, f) => {
      const fat = [...at, 'fields', f];
      const fk = `field.${field.id}`;
      add(`${fk}.label`, field, 'label', fat);
      add(`${fk}.hint`, field, 'hint', fat, true);
      add(`${fk}.why`, field, 'why', fat, true);
      add(`${fk}.text`, field, 'text', fat, true);
      add(`${fk}.trueLabel`, field, 'trueLabel', fat);
      add(`${fk}.falseLabel`, field, 'falseLabel', fat);
      if ('unit' in field) add(`${fk}.unit`, field.unit, 'label', [...fat, 'unit']);
      add(`${fk}.redFlagReason`, field.redFlag, 'reason', [...fat, 'redFlag']);
      if ('options' in field) {
        field.options.forEach((option, o) => {
          add(`option.${field.id}.${option.value}.label`, option, 'label', [...fat, 'options', o]);
          add(`option.${field.id}.${option.value}.hint`, option, 'hint', [...fat, 'options', o]);
        });
      }
      field.validations?.forEach((v, i) =>
        add(`validation.${field.id}.${i}.message`, v, 'message', [...fat, 'validations', i]),
      );
    });
  });
  pathway.edges.forEach((edge, e) => add(`edge.${edge.id}.label`, edge, 'label', ['edges', e]));
  pathway.variables.forEach((variable, v) => {
    const at = ['variables', v];
    const k = `variable.${variable.id}`;
    add(`${k}.label`, variable, 'label', at);
    if (variable.kind === 'expression') {
      add(`${k}.unit`, variable.unit, 'label', [...at, 'unit']);
      return;
    }
    add(`${k}.explanation`, variable, 'explanation', at, true);
    variable.items.forEach((item, i) => add(`${k}.item.${i}.label`, item, 'label', [...at, 'items', i]));
    variable.bands?.forEach((band, b) => add(`${k}.band.${b}.label`, band, 'label', [...at, 'bands', b]));
  });
  return out;
}

function setAt(root: unknown, path: IssuePath, value: string): void {
  let target = root as Bag;
  for (let i = 0; i < path.length - 1; i++) target = target[path[i] as string] as Bag;
  const last = path[path.length - 1];
  if (last !== undefined) target[last] = value;
}

/**
 * The pathway read in `language`: every text that has a translation is
 * replaced by it; the others stay in English. Returns a new pathway; the
 * `translations` themselves are kept.
 *
 * @example
 * const welsh = translate(pathway, 'cy');
 */
export function translate(pathway: Pathway, language: Language): Pathway {
  const copy = JSON.parse(JSON.stringify(pathway)) as Pathway;
  if (language === 'en') return copy;
  const table = pathway.translations?.[language];
  if (table === undefined) return copy;
  for (const entry of textKeys(copy)) {
    if (Object.hasOwn(table, entry.key)) {
      const text = table[entry.key];
      if (typeof text === 'string') setAt(copy, entry.path, text);
    }
  }
  return copy;
}
