import type { Pathway, Source } from '../core.js';
import { freshId } from '../editor/document/ids.js';
import { withOptional } from '../editor/document/objects.js';
import { updatePathway } from '../editor/commands/pathway-commands.js';
import { useDoc } from '../state/context.js';
import { SelectInput, TextArea, TextInput } from '../ui/controls.js';
import { ListEditor } from '../ui/ListEditor.js';
import { RecommendationsEditor } from '../traceability/RecommendationsEditor.js';
import { ApprovalsEditor } from './ApprovalsEditor.js';
import { ContextEditor } from './ContextEditor.js';

/** The pathway's own properties: identity, publisher, approvals, sources and context. */
export function PathwayInspector({ doc }: { doc: Pathway }) {
  const { run } = useDoc();
  const set = (what: string, update: (d: Pathway) => Pathway) => run(updatePathway(what, update));
  return (
    <section className="cw-inspector" aria-labelledby="cw-pathway-heading">
      <h2 id="cw-pathway-heading">Pathway: {doc.title}</h2>
      <p className="cw-hint">
        Id <code>{doc.id}</code>, version {doc.version} ({doc.status}). Select a node or connection to edit
        it.
      </p>
      <TextInput
        label="Pathway title"
        value={doc.title}
        onChange={(title) => set('title', (d) => ({ ...d, title }))}
      />
      <TextArea
        label="Pathway description"
        value={doc.description ?? ''}
        onChange={(v) => set('description', (d) => withOptional(d, 'description', v))}
      />
      <SelectInput
        label="Status"
        value={doc.status}
        options={[
          { value: 'draft', label: 'Draft' },
          { value: 'active', label: 'Active' },
          { value: 'retired', label: 'Retired' },
        ]}
        onChange={(status) => set('status', (d) => ({ ...d, status }))}
      />
      <TextInput
        label="Publisher"
        value={doc.publisher?.name ?? ''}
        onChange={(name) =>
          set('publisher', (d) => withOptional(d, 'publisher', name ? { ...d.publisher, name } : undefined))
        }
      />
      <TextInput
        label="Publisher contact"
        value={doc.publisher?.contact ?? ''}
        onChange={(contact) =>
          set('publisher contact', (d) =>
            d.publisher ? { ...d, publisher: withOptional(d.publisher, 'contact', contact) } : d,
          )
        }
      />
      <ApprovalsEditor doc={doc} />
      <ListEditor<Source>
        legend="Sources (guidelines)"
        itemName="source"
        items={doc.sources}
        name={(s) => `source ${s.title}`}
        create={() => ({
          id: freshId(
            'source',
            doc.sources.map((s) => s.id),
          ),
          title: 'New source',
          url: 'https://',
        })}
        onChange={(sources, what) => set(what, (d) => ({ ...d, sources }))}
        render={(s, i, put) => (
          <>
            <TextInput
              label={`Source ${i + 1} title`}
              value={s.title}
              onChange={(title) => put({ ...s, title }, 'source title')}
            />
            <TextInput
              label={`Source ${i + 1} address (URL)`}
              value={s.url}
              onChange={(url) => put({ ...s, url }, 'source address')}
            />
            <TextInput
              label={`Source ${i + 1} publisher`}
              value={s.publisher ?? ''}
              onChange={(v) => put(withOptional(s, 'publisher', v), 'source publisher')}
            />
            <TextInput
              label={`Source ${i + 1} section`}
              value={s.section ?? ''}
              onChange={(v) => put(withOptional(s, 'section', v), 'source section')}
            />
            <TextInput
              label={`Source ${i + 1} accessed`}
              hint="The date it was last read against the pathway, YYYY-MM-DD."
              value={s.accessed ?? ''}
              onChange={(v) => put(withOptional(s, 'accessed', v), 'source accessed')}
            />
            <RecommendationsEditor
              source={s}
              index={i}
              onChange={(recs, what) => put(withOptional(s, 'recommendations', recs), what)}
            />
          </>
        )}
      />
      <ContextEditor doc={doc} />
    </section>
  );
}
