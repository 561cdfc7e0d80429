import type { Field, Option, StepNode } from '../../core.js';
import { fieldTypeLabels, urgencyLabels } from '../kinds/labels.js';
import { citesWords, differs, matchBy, nodeWords, NodeWords, q, withUnit } from './words.js';

/** Words for the properties of a field this module does not phrase one by one. */
const propertyWords: Record<string, string> = {
  hint: 'help text',
  why: '“why we ask”',
  prefill: 'prefill',
  validations: 'validation rules',
  code: 'code',
  unit: 'unit',
  step: 'step',
  trueLabel: 'label for “yes”',
  falseLabel: 'label for “no”',
  exclusive: 'options that clear the others',
  dateOfBirth: 'date-of-birth setting',
  notInFuture: '“not in the future” rule',
  maxLength: 'maximum length',
  accept: 'accepted file types',
  maxBytes: 'largest file size',
  minFiles: 'fewest files',
  maxFiles: 'most files',
  text: 'text',
  sources: 'sources',
};

/** A red flag without the sources it cites: the clinical rule alone. */
const flagRule = (field: Field) => {
  if (!field.redFlag) return undefined;
  const { sources: _sources, ...rule } = field.redFlag;
  return rule;
};

function bound(
  which: 'minimum' | 'maximum',
  a: number | undefined,
  b: number | undefined,
  f: Field,
  was: Field,
) {
  if (a === b) return [];
  if (b === undefined) return [`no longer has a ${which} (was ${withUnit(a as number, was)})`];
  return [`now has a ${which} of ${withUnit(b, f)}${a === undefined ? '' : ` (was ${withUnit(a, was)})`}`];
}

function optionChanges(was: readonly Option[], now: readonly Option[]): string[] {
  const { added, removed, kept } = matchBy(was, now, (o) => o.value);
  const out = [
    ...added.map((o) => `now offers ${q(o.label)}`),
    ...removed.map((o) => `no longer offers ${q(o.label)}`),
  ];
  for (const [a, b] of kept) {
    if (a.label !== b.label) out.push(`offers ${q(b.label)} where it offered ${q(a.label)}`);
    if ((a.redFlag ?? false) !== (b.redFlag ?? false))
      out.push(`${b.redFlag ? 'now marks' : 'no longer marks'} ${q(b.label)} as a red flag`);
    if (a.score !== b.score)
      out.push(`scores ${q(b.label)} ${b.score === undefined ? 'no points' : `${b.score} points`}`);
    if (differs(a.code, b.code) || a.hint !== b.hint) out.push(`changed the details of option ${q(b.label)}`);
    if (differs(a.sources, b.sources)) out.push(`cites ${citesWords(b.sources)} for option ${q(b.label)}`);
  }
  const order = (list: readonly Option[]) =>
    list.map((o) => o.value).filter((v) => kept.some(([, k]) => k.value === v));
  if (out.length === 0 && order(was).join() !== order(now).join())
    out.push('lists its options in a new order');
  return out;
}

/** What changed in one question, in words: “Question “Temperature” now has a maximum of 42 °C”. */
export function fieldChanges(was: Field, f: Field): string[] {
  const out: string[] = [];
  if (was.label !== f.label) out.push(`now reads ${q(f.label)}`);
  if (was.type !== f.type)
    out.push(
      `is now ${fieldTypeLabels[f.type].toLowerCase()} (was ${fieldTypeLabels[was.type].toLowerCase()})`,
    );
  if ((was.required ?? true) !== (f.required ?? true))
    out.push(f.required === false ? 'is now optional' : 'is now required');
  if (was.showWhen !== f.showWhen)
    out.push(
      f.showWhen === undefined
        ? `is now always shown (was only when ${was.showWhen})`
        : `is now shown only when ${f.showWhen}${was.showWhen === undefined ? '' : ` (was when ${was.showWhen})`}`,
    );
  if (!differs(flagRule(was), flagRule(f)) && differs(was.redFlag?.sources, f.redFlag?.sources))
    out.push(`cites ${citesWords(f.redFlag?.sources)} for its red flag`);
  else if (differs(was.redFlag, f.redFlag))
    out.push(
      f.redFlag === undefined
        ? 'is no longer a red flag'
        : `is a red flag demanding at least ${urgencyLabels[f.redFlag.urgency].toLowerCase()} care${f.redFlag.when ? ` when ${f.redFlag.when}` : ''}`,
    );
  const num = (x: Field, k: 'min' | 'max') => (x as { min?: number; max?: number })[k];
  out.push(...bound('minimum', num(was, 'min'), num(f, 'min'), f, was));
  out.push(...bound('maximum', num(was, 'max'), num(f, 'max'), f, was));
  if ('options' in was && 'options' in f) out.push(...optionChanges(was.options, f.options));
  const phrased = new Set([
    'id',
    'label',
    'type',
    'required',
    'showWhen',
    'redFlag',
    'min',
    'max',
    'options',
  ]);
  const others = [...new Set([...Object.keys(was), ...Object.keys(f)])].filter(
    (k) =>
      !phrased.has(k) &&
      differs((was as Record<string, unknown>)[k], (f as Record<string, unknown>)[k]) &&
      !(was.type !== f.type && !(k in f)),
  );
  if (others.length) out.push(`has a new ${others.map((k) => propertyWords[k] ?? k).join(', ')}`);
  return out;
}

/** The questions added, removed, changed and reordered in one step. */
export function stepChanges(was: StepNode, step: StepNode): string[] {
  const { added, removed, kept } = matchBy(was.fields, step.fields, (f) => f.id);
  const out = [
    ...added.map((f) => `Added question ${q(f.label)} to ${nodeWords(step)}`),
    ...removed.map((f) => `Removed question ${q(f.label)} from ${nodeWords(step)}`),
  ];
  for (const [a, b] of kept) for (const c of fieldChanges(a, b)) out.push(`Question ${q(a.label)} ${c}`);
  const order = (fields: readonly Field[]) =>
    fields.map((f) => f.id).filter((id) => kept.some(([, k]) => k.id === id));
  if (order(was.fields).join() !== order(step.fields).join())
    out.push(`${NodeWords(step)} asks its questions in a new order`);
  return out;
}
