/**
 * Problems the element reports, as data: a stable snake_case code, a message
 * for the developer who must act, and whether the element can carry on.
 */

/** Every code `careway-error` can carry. */
export type CarewayErrorCode =
  | 'fetch_failed'
  | 'http_error'
  | 'invalid_json'
  | 'wrong_content_type'
  | 'invalid_pathway'
  | 'unreadable_expression'
  | 'integrity_mismatch'
  | 'integrity_invalid'
  | 'invalid_context'
  | 'engine_error'
  | 'pathway_stalled'
  | 'draft_corrupt'
  | 'draft_outdated'
  | 'draft_other_pathway'
  | 'draft_other_patient'
  | 'draft_unreadable'
  | 'draft_unavailable'
  | 'invalid_draft_ttl'
  | 'draft_storage_failed'
  | 'attachment_rejected'
  | 'fhir_failed'
  | 'usage_sink_failed'
  | 'render_failed'
  | 'trusted_types_refused'
  | 'invalid_outcome'
  | 'language_unavailable';

/** A problem, as `careway-error` carries it in `detail`. */
export interface CarewayErrorDetail {
  /** Stable machine-readable code. */
  code: CarewayErrorCode;
  /** What went wrong, written for the developer embedding the element. */
  message: string;
  /** `error`: the element cannot run the pathway; `warning`: it carries on. */
  severity: 'error' | 'warning';
  /** Extra facts, e.g. the HTTP status or the schema issues. */
  data?: Record<string, unknown>;
}

/** Builds a detail; keeps call sites short. */
export function problem(
  code: CarewayErrorCode,
  message: string,
  severity: CarewayErrorDetail['severity'] = 'error',
  data?: Record<string, unknown>,
): CarewayErrorDetail {
  return data ? { code, message, severity, data } : { code, message, severity };
}

/** A readable sentence from anything thrown, for the developer console and the event. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  if (typeof thrown === 'string') return thrown;
  try {
    return JSON.stringify(thrown);
  } catch {
    return String(thrown);
  }
}
