// Generates a large, valid-shaped pathway for the designer benchmark: chains of
// steps with two questions, each followed by a decision that either refers or
// goes on, laid out in a grid.

/**
 * @param {number} size  the number of nodes (about)
 * @returns {import('@careway/core').Pathway}
 */
export function generatePathway(size = 500) {
  const nodes = [];
  const edges = [];
  const layout = {};
  const groups = Math.max(1, Math.ceil((size - 1) / 3));
  let e = 0;
  for (let i = 0; i < groups; i += 1) {
    const step = `step-${i}`;
    const decision = `decision-${i}`;
    const outcome = `outcome-${i}`;
    nodes.push({
      kind: 'step',
      id: step,
      title: `Questions ${i + 1}`,
      fields: [
        {
          id: `q${i}_flag`,
          type: 'boolean',
          label: `Symptom ${i + 1} present?`,
          ...(i % 7 === 0 ? { redFlag: { urgency: 'urgent' } } : {}),
        },
        { id: `q${i}_score`, type: 'integer', label: `Score ${i + 1}`, min: 0, max: 10 },
      ],
    });
    nodes.push({ kind: 'decision', id: decision, title: `Check ${i + 1}` });
    nodes.push({
      kind: 'outcome',
      id: outcome,
      title: `Refer ${i + 1}`,
      disposition: 'refer',
      urgency: i % 7 === 0 ? 'urgent' : 'routine',
      timeframe: 'within 2 weeks',
      actor: 'GP',
      requires: [],
      safetyNetting: 'Come back if things get worse.',
    });
    edges.push({ id: `e${(e += 1)}`, from: step, to: decision });
    edges.push({ id: `e${(e += 1)}`, from: decision, to: outcome, when: `q${i}_flag or q${i}_score >= 7` });
    if (i + 1 < groups) edges.push({ id: `e${(e += 1)}`, from: decision, to: `step-${i + 1}` });
    const col = i % 10;
    const row = Math.floor(i / 10);
    layout[step] = { x: col * 560, y: row * 520 };
    layout[decision] = { x: col * 560, y: row * 520 + 170 };
    layout[outcome] = { x: col * 560 + 260, y: row * 520 + 320 };
  }
  const last = `decision-${groups - 1}`;
  nodes.push({
    kind: 'outcome',
    id: 'manage',
    title: 'Manage in primary care',
    disposition: 'primary-care',
    urgency: 'routine',
    timeframe: 'routine',
    actor: 'GP',
    requires: [],
    safetyNetting: 'Come back if worse.',
  });
  edges.push({ id: `e${e + 1}`, from: last, to: 'manage' });
  layout.manage = { x: 0, y: Math.ceil(groups / 10) * 520 };
  return {
    schemaVersion: 1,
    id: `generated-${size}`,
    version: '0.1.0',
    title: `Generated pathway (${nodes.length} nodes)`,
    status: 'draft',
    approvals: [],
    sources: [],
    context: [],
    start: 'step-0',
    nodes,
    edges,
    variables: [],
    scenarios: [],
    layout: { nodes: layout },
  };
}
