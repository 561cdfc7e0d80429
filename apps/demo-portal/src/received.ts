/** What a host does with `careway-complete`: file the summary, keep the JSON, send the FHIR. */
export interface Received {
  summaryText: string;
  json: string;
  fhir: string;
  status: string;
}

interface CompleteDetail {
  outcome: { id: string; title: string; urgency: string; timeframe: string };
  summaryText: string;
  result: unknown;
  fhir?: { bundle?: unknown; questionnaireResponse?: unknown };
}

/** Turns the detail of a `careway-complete` event into the texts the portal shows. */
export function receive(detail: CompleteDetail): Received {
  return {
    summaryText: detail.summaryText,
    json: JSON.stringify(detail.result, null, 2),
    fhir: detail.fhir?.bundle
      ? JSON.stringify(detail.fhir.bundle, null, 2)
      : 'No FHIR resources for this outcome.',
    status: `Received: ${detail.outcome.title} (${detail.outcome.timeframe}).`,
  };
}

/** A one-line description of an event for the portal's event log. */
export function describeEvent(type: string, detail: unknown): string {
  const d = (detail ?? {}) as Record<string, unknown>;
  switch (type) {
    case 'careway-step':
      return `step: ${String(d['nodeId'] ?? '')}`;
    case 'careway-change':
      return `change: ${String(d['fieldId'] ?? '')}`;
    case 'careway-complete':
      return `complete: ${String((d['outcome'] as { id?: string } | undefined)?.id ?? '')}`;
    case 'careway-error':
      return `error: ${String(d['code'] ?? '')} ${String(d['message'] ?? '')}`;
    default:
      return type;
  }
}

export const carewayEvents = ['careway-step', 'careway-change', 'careway-complete', 'careway-error'] as const;
