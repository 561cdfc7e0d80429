/** How serious a problem is. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem with the pathway, whatever found it (core's schema, its type
 * checker, or its analysis): a stable code, where it is, and what to do.
 */
export interface Problem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: readonly (string | number)[];
  /** The node to select and frame, if the problem has one. */
  readonly nodeId?: string;
  readonly edgeId?: string;
  /** Who found it. */
  readonly source: 'schema' | 'expression' | 'analysis';
}
