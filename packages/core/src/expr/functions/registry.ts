/**
 * The function library: one entry per function, looked up by name.
 */
import { calendarFunctionDocs, calendarFunctions } from './calendar.js';
import { collectionFunctionDocs, collectionFunctions } from './lists.js';
import { logicFunctionDocs, logicFunctions } from './logic.js';
import { numberFunctionDocs, numberFunctions } from './numbers.js';
import type { FunctionDef, FunctionDoc } from './types.js';

/** Every function, by name. */
export const FUNCTIONS: ReadonlyMap<string, FunctionDef> = new Map(
  [...logicFunctions, ...numberFunctions, ...calendarFunctions, ...collectionFunctions].map((f) => [
    f.name,
    f,
  ]),
);

/** A function of the library as plain data, for documentation and autocompletion. */
export interface FunctionInfo {
  readonly name: string;
  /** How to call it, e.g. `round(number, digits) → number`. */
  readonly signatures: readonly string[];
  /** What it does, for clinical leads. */
  readonly summary: string;
  readonly examples: readonly string[];
  readonly minArgs: number;
  /** Omitted when it takes any number of arguments. */
  readonly maxArgs?: number;
}

/** The function with this name, if the library has one (own entries only). */
export function lookupFunction(name: string): FunctionDef | undefined {
  return FUNCTIONS.get(name);
}

/**
 * Every function of the expression language, sorted by name, as plain data.
 *
 * @example
 * listFunctions().map((f) => f.name); // ['abs', 'age', 'age_in_months', 'all', 'answered', 'any', …]
 */
export function listFunctions(): FunctionInfo[] {
  const docs: Readonly<Record<string, FunctionDoc>> = {
    ...logicFunctionDocs,
    ...numberFunctionDocs,
    ...calendarFunctionDocs,
    ...collectionFunctionDocs,
  };
  return [...FUNCTIONS.values()]
    .map(({ name, signatures, minArgs, maxArgs }) => ({
      name,
      signatures,
      summary: docs[name]?.summary ?? '',
      examples: docs[name]?.examples ?? [],
      minArgs,
      ...(maxArgs === undefined ? {} : { maxArgs }),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
