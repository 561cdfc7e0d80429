import { DesignerWorkspace } from '@careway/designer';
import { examplePathways } from './examples.js';

const header = (
  <header className="app-header">
    <h1>Careway designer</h1>
  </header>
);

/** The standalone designer: a browser workspace seeded with the example pathways on first start. */
export function App() {
  return <DesignerWorkspace seeds={examplePathways} header={header} />;
}
