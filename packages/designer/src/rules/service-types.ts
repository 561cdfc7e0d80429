import { createContext, useContext } from 'react';

/** An error or warning in an expression's text, with the characters it concerns. */
export interface ExpressionDiagnostic {
  readonly from: number;
  readonly to: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** One autocompletion choice. */
export interface CompletionItem {
  readonly label: string;
  readonly type: 'variable' | 'function' | 'keyword' | 'constant' | 'property';
  /** Short text beside the label, e.g. the field type or a function signature. */
  readonly detail?: string;
  /** A longer explanation (the question text, the function's description). */
  readonly info?: string;
}

/**
 * What the expression editors need from core, bound to the pathway being
 * edited: the type checker and the names available for completion.
 */
export interface ExpressionService {
  check(text: string, expects: 'boolean' | 'any'): readonly ExpressionDiagnostic[];
  completions(): readonly CompletionItem[];
}

/** A service that knows nothing (used outside a designer). */
export const nullService: ExpressionService = { check: () => [], completions: () => [] };

/** @internal */
export const ExpressionServiceContext = createContext<ExpressionService>(nullService);

/** The expression service of the pathway being edited. */
export function useExpressionService(): ExpressionService {
  return useContext(ExpressionServiceContext);
}
