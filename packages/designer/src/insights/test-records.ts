/**
 * Test support: hand-made usage records of the designer's small test
 * pathway (the figures core gives for them are worked out by hand in the
 * tests), and choosing files in a file input.
 */
import { act } from 'react';
import { fingerprint, type Pathway, type UsageRecord } from '../core.js';

function base(doc: Pathway, n: number): Omit<UsageRecord, 'status' | 'visits' | 'edges' | 'endedAt'> {
  return {
    format: 'careway-usage',
    formatVersion: 1,
    pathway: { id: doc.id, version: doc.version, fingerprint: fingerprint(doc) },
    sessionId: `0f8fad5b-d9cb-469f-a165-70867728950${n}`,
    startedAt: '2026-03-02T09:00:00.000Z',
    resumed: false,
    backs: [],
    changed: [],
    prefilled: [],
    prefillOverridden: [],
  };
}

/**
 * Three sessions of `smallPathway()`:
 * A completes at "refer" (symptoms 20 s, refer 10 s), changes `bleeding` and overrides the prefilled `age`;
 * B is abandoned at "symptoms" after 40 s, `age` prefilled and kept;
 * C reaches "manage" (symptoms 10 s, manage 5 s), goes back to symptoms (6 s), changes `age`, and reaches "manage" again (4 s).
 */
export function handMadeRecords(doc: Pathway): UsageRecord[] {
  return [
    {
      ...base(doc, 1),
      endedAt: '2026-03-02T09:00:30.000Z',
      status: 'completed',
      outcome: 'refer',
      visits: [
        { node: 'symptoms', kind: 'step', at: 0, ms: 20_000 },
        { node: 'triage', kind: 'decision', at: 20_000, ms: 0 },
        { node: 'refer', kind: 'outcome', at: 20_000, ms: 10_000 },
      ],
      edges: ['e1', 'e2'],
      changed: ['bleeding'],
      prefilled: ['age'],
      prefillOverridden: ['age'],
    },
    {
      ...base(doc, 2),
      endedAt: '2026-03-02T09:00:40.000Z',
      status: 'abandoned',
      abandonedAt: 'symptoms',
      visits: [{ node: 'symptoms', kind: 'step', at: 0, ms: 40_000 }],
      edges: [],
      prefilled: ['age'],
    },
    {
      ...base(doc, 3),
      endedAt: '2026-03-02T09:00:25.000Z',
      status: 'completed',
      outcome: 'manage',
      visits: [
        { node: 'symptoms', kind: 'step', at: 0, ms: 10_000 },
        { node: 'triage', kind: 'decision', at: 10_000, ms: 0 },
        { node: 'manage', kind: 'outcome', at: 10_000, ms: 5_000 },
        { node: 'symptoms', kind: 'step', at: 15_000, ms: 6_000 },
        { node: 'triage', kind: 'decision', at: 21_000, ms: 0 },
        { node: 'manage', kind: 'outcome', at: 21_000, ms: 4_000 },
      ],
      edges: ['e1', 'e3', 'e1', 'e3'],
      backs: [{ from: 'manage', to: 'symptoms', at: 15_000 }],
      changed: ['age'],
    },
  ];
}

/** Records as an NDJSON file, as a portal downloads them. */
export function ndjsonFile(name: string, lines: readonly (UsageRecord | string)[]): File {
  const text = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
  return new File([`${text}\n`], name, { type: 'application/x-ndjson' });
}

/** Chooses files in a file input, as the browser's file picker does. */
export async function chooseFiles(input: HTMLInputElement, files: readonly File[]) {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    // Reading the files is asynchronous: let it finish inside act().
    await Promise.all(files.map((f) => f.text()));
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}
