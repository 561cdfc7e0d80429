/**
 * Test support for usage: a small pathway with every node kind, a valid
 * record of it to vary, and the example pathways read from the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint } from '../schema/fingerprint.js';
import { parsePathway } from '../schema/parse.js';
import type { Pathway } from '../schema/pathway.js';
import type { UsageRecord } from './record.js';

/** Triage (age prefilled, red flag) → urgent, or details → decision → refer or advice, via an info page. */
export function smallPathway(version = '1.0.0'): Pathway {
  return parsePathway({
    schemaVersion: 1,
    id: 'usage-test',
    version,
    title: 'Usage test',
    status: 'draft',
    approvals: [],
    sources: [],
    context: [{ id: 'age', label: 'Age', type: 'integer' }],
    start: 'triage',
    nodes: [
      {
        id: 'triage',
        kind: 'step',
        title: 'Triage',
        fields: [
          { id: 'age', type: 'integer', label: 'Age', prefill: 'context.age', min: 0, max: 120 },
          { id: 'red_flag', type: 'boolean', label: 'Any red flag?' },
        ],
      },
      {
        id: 'details',
        kind: 'step',
        title: 'Details',
        fields: [
          {
            id: 'duration',
            type: 'choice',
            label: 'How long?',
            options: [
              { value: 'short', label: 'Under 6 weeks' },
              { value: 'long', label: '6 weeks or more' },
            ],
          },
        ],
      },
      { id: 'decide', kind: 'decision', title: 'Long enough to refer?' },
      { id: 'reading', kind: 'info', title: 'Before you refer', body: 'Check the referral criteria.' },
      outcome('urgent', 'emergency', 'emergency'),
      outcome('refer', 'refer', 'routine'),
      outcome('advice', 'self-care', 'routine'),
    ],
    edges: [
      { id: 'e-urgent', from: 'triage', to: 'urgent', when: 'red_flag' },
      { id: 'e-details', from: 'triage', to: 'details' },
      { id: 'e-decide', from: 'details', to: 'decide' },
      { id: 'e-long', from: 'decide', to: 'reading', when: "duration = 'long'" },
      { id: 'e-short', from: 'decide', to: 'advice' },
      { id: 'e-refer', from: 'reading', to: 'refer' },
    ],
    variables: [],
    scenarios: [],
  });
}

function outcome(id: string, disposition: string, urgency: string) {
  return {
    id,
    kind: 'outcome',
    title: id,
    disposition,
    urgency,
    timeframe: 'now',
    actor: 'GP',
    requires: [],
    safetyNetting: 'Seek help if it gets worse.',
  };
}

/** A completed record of {@link smallPathway}: triage 20 s, details 10 s, decision, info 5 s, refer 8 s. */
export function sampleRecord(pathway: Pathway = smallPathway()): UsageRecord {
  return {
    format: 'careway-usage',
    formatVersion: 1,
    pathway: { id: pathway.id, version: pathway.version, fingerprint: fingerprint(pathway) },
    sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    startedAt: '2026-03-02T09:00:00.000Z',
    endedAt: '2026-03-02T09:00:43.000Z',
    status: 'completed',
    outcome: 'refer',
    resumed: false,
    visits: [
      { node: 'triage', kind: 'step', at: 0, ms: 20_000 },
      { node: 'details', kind: 'step', at: 20_000, ms: 10_000 },
      { node: 'decide', kind: 'decision', at: 30_000, ms: 0 },
      { node: 'reading', kind: 'info', at: 30_000, ms: 5_000 },
      { node: 'refer', kind: 'outcome', at: 35_000, ms: 8_000 },
    ],
    edges: ['e-details', 'e-decide', 'e-long', 'e-refer'],
    backs: [],
    changed: ['duration'],
    prefilled: ['age'],
    prefillOverridden: [],
    language: 'en',
    layout: 'default',
  };
}

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (…/main). */
export const repoRoot = join(here, '..', '..', '..', '..');

/** Every example pathway in `pathways/`, parsed, by file name. */
export function examplePathways(): { file: string; pathway: Pathway }[] {
  const dir = join(repoRoot, 'pathways');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, pathway: parsePathway(JSON.parse(readFileSync(join(dir, file), 'utf8'))) }));
}
