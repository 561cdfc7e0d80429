import type { Pathway } from '../core.js';
import { freshId } from '../editor/document/ids.js';

/** An empty draft pathway with an id not yet used in the workspace. */
export function newPathway(takenIds: readonly string[]): Pathway {
  const id = takenIds.includes('new-pathway') ? freshId('new-pathway', takenIds) : 'new-pathway';
  return {
    schemaVersion: 1,
    id,
    version: '0.1.0',
    title: 'New pathway',
    status: 'draft',
    approvals: [],
    sources: [],
    context: [],
    start: '',
    nodes: [],
    edges: [],
    variables: [],
    scenarios: [],
    layout: { nodes: {} },
  };
}
