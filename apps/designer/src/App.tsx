import { useState } from 'react';
import type { Pathway } from '@careway/core';
import { PathwayDesigner } from '@careway/designer';
import { examplePathways } from './examples.js';

/** The standalone designer: the example pathways, opened one at a time. */
export function App() {
  const [pathways, setPathways] = useState<Pathway[]>(examplePathways);
  const [selected, setSelected] = useState(0);
  const current = pathways[selected];
  return (
    <div className="app">
      <header className="app-header">
        <h1>Careway designer</h1>
        <label>
          Pathway{' '}
          <select value={selected} onChange={(e) => setSelected(Number(e.target.value))}>
            {pathways.map((p, i) => (
              <option key={p.id} value={i}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
      </header>
      {current ? (
        <PathwayDesigner
          value={current}
          onChange={(next) => setPathways((all) => all.map((p, i) => (i === selected ? next : p)))}
        />
      ) : (
        <p>No pathway is open.</p>
      )}
    </div>
  );
}
