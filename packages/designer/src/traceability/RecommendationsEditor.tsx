import type { Recommendation, Source } from '../core.js';
import { withOptional } from '../editor/document/objects.js';
import { renameRecommendation, renameRecommendationProblem } from '../editor/commands/source-commands.js';
import { useDoc } from '../state/context.js';
import { TextArea, TextInput } from '../ui/controls.js';
import { IdRenamer } from '../ui/IdRenamer.js';
import { ListEditor } from '../ui/ListEditor.js';

/** The next recommendation id of a source that is free: 1, 2, 3… */
function nextId(recommendations: readonly Recommendation[]): string {
  const taken = new Set(recommendations.map((r) => r.id));
  let n = recommendations.length + 1;
  while (taken.has(String(n))) n++;
  return String(n);
}

/**
 * Edits the recommendations of one source that the pathway traces to: the
 * id as the guideline numbers it (renamed with every reference to it), a
 * summary, and the reason when the pathway deliberately leaves it out.
 */
export function RecommendationsEditor({
  source,
  index,
  onChange,
}: {
  source: Source;
  /** The source's place in the list, for the labels. */
  index: number;
  onChange: (recommendations: Recommendation[] | undefined, what: string) => void;
}) {
  const { run } = useDoc();
  const items = source.recommendations ?? [];
  const label = (j: number, what: string) => `Source ${index + 1} recommendation ${j + 1} ${what}`;
  return (
    <ListEditor<Recommendation>
      legend={`Recommendations of source ${index + 1}`}
      itemName="recommendation"
      items={items}
      name={(r) => `recommendation ${r.id}`}
      create={() => ({ id: nextId(items), summary: 'New recommendation' })}
      onChange={(recs, what) => onChange(recs.length > 0 ? recs : undefined, `source ${what}`)}
      render={(rec, j, put) => (
        <>
          <IdRenamer
            label={label(j, 'id')}
            hint="As the guideline numbers it, e.g. 1.1.1."
            id={rec.id}
            what={label(j, 'id')}
            problem={(to) => renameRecommendationProblem(source, rec.id, to)}
            onRename={(to) => run(renameRecommendation(source.id, rec.id, to))}
          />
          <TextArea
            label={label(j, 'summary')}
            rows={2}
            value={rec.summary}
            onChange={(summary) => put({ ...rec, summary }, 'recommendation summary')}
          />
          <TextInput
            label={label(j, 'out of scope because')}
            hint="Leave empty when the pathway implements it."
            value={rec.outOfScope ?? ''}
            onChange={(v) => put(withOptional(rec, 'outOfScope', v), 'recommendation scope')}
          />
        </>
      )}
    />
  );
}
