import { describe, it, expect } from 'vitest';
import { createRoot } from 'react-dom/client';
import { act } from 'react';
import { PathwayDesigner } from './PathwayDesigner.js';
import type { Pathway } from '@careway/core';

const pathway = {
  schemaVersion: 1,
  id: 'tiny',
  version: '1.0.0',
  title: 'Tiny',
  status: 'draft',
  approvals: [],
  sources: [],
  context: [],
  start: 'a',
  nodes: [{ id: 'a', kind: 'info', title: 'Read this', body: 'Hello' }],
  edges: [],
  variables: [],
  scenarios: [],
} as unknown as Pathway;

describe('<PathwayDesigner>', () => {
  it('draws a node for each pathway node', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<PathwayDesigner value={pathway} onChange={() => {}} />));
    await expect.poll(() => host.querySelectorAll('.react-flow__node').length).toBe(1);
    root.unmount();
  });
});
