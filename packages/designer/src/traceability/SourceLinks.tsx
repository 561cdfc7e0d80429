import type { Source } from '../core.js';
import { toggleRef } from '../editor/commands/source-commands.js';
import { Checkbox, Group } from '../ui/controls.js';

/** Props of {@link SourceLinks}. */
export interface SourceLinksProps {
  /** What the links back, e.g. "Sources backing this connection". */
  readonly legend: string;
  /** The element's `sources` as the document holds them. */
  readonly refs: readonly string[] | undefined;
  readonly sources: readonly Source[];
  /** Called with the new list; the caller runs the command. */
  readonly onChange: (refs: string[]) => void;
  /** Folded away behind a summary (for the many questions, options and red flags of a step). */
  readonly folded?: boolean;
}

/**
 * Links an element to the sources it implements: per source a group of
 * checkboxes, one for the source as a whole and one per recommendation
 * (`source#recommendation`). A reference that names nothing in the pathway
 * stays listed, ticked, so that it can be unlinked.
 */
export function SourceLinks({ legend, refs, sources, onChange, folded = false }: SourceLinksProps) {
  const linked = refs ?? [];
  const known = new Set(
    sources.flatMap((s) => [s.id, ...(s.recommendations ?? []).map((r) => `${s.id}#${r.id}`)]),
  );
  const unknown = linked.filter((r) => !known.has(r));
  const tick = (ref: string) => (on: boolean) => onChange(toggleRef(linked, ref, on));
  const body =
    sources.length === 0 && unknown.length === 0 ? (
      <p className="cw-hint">
        The pathway lists no sources yet: add them in the pathway’s own inspector (select nothing).
      </p>
    ) : (
      <>
        {sources.map((source) => (
          <Group key={source.id} legend={source.title} className="cw-source-links">
            <Checkbox
              label={`${source.title} as a whole`}
              checked={linked.includes(source.id)}
              onChange={tick(source.id)}
            />
            {(source.recommendations ?? []).map((rec) => (
              <Checkbox
                key={rec.id}
                label={`${rec.id}: ${rec.summary}${rec.outOfScope !== undefined ? ' (out of scope)' : ''}`}
                checked={linked.includes(`${source.id}#${rec.id}`)}
                onChange={tick(`${source.id}#${rec.id}`)}
              />
            ))}
          </Group>
        ))}
        {unknown.map((ref) => (
          <Checkbox
            key={ref}
            label={`${ref} (not among the pathway’s sources)`}
            checked
            onChange={tick(ref)}
          />
        ))}
      </>
    );
  if (!folded) return <Group legend={legend}>{body}</Group>;
  // Folded links sit on every question, option and red flag: with no sources to link there is nothing to say.
  if (sources.length === 0 && unknown.length === 0) return null;
  return (
    <details className="cw-source-links__fold">
      <summary>
        {legend}{' '}
        <span className="cw-hint">({linked.length === 0 ? 'none linked' : `${linked.length} linked`})</span>
      </summary>
      {body}
    </details>
  );
}
