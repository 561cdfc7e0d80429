import { useEffect, useRef, useState } from 'react';
import { draftStorageKey, encodeDraft, type CarewayPathway as PathwayElement } from '@careway/elements';
import { CarewayPathway } from '@careway/elements/react';
import type { AnswerValue, Pathway } from '../core.js';
import { previewSnapshot } from '../editor/preview/snapshot.js';
import { useDoc } from '../state/context.js';
import { Checkbox } from '../ui/controls.js';
import { memoryDraftStorage } from './draft-storage.js';
import { usePreview } from './preview-state.js';
import { answersAfterChange, completedAnswers, sessionAnswers, type Answers } from './read-answers.js';

const DRAFT_KEY = 'careway-designer-preview';
const noContext: Readonly<Record<string, unknown>> = {};

type Trace = (
  answers: Readonly<Record<string, AnswerValue>>,
  context: Readonly<Record<string, unknown>>,
) => {
  route: readonly string[];
  current?: string;
  outcome?: string;
};

/** What the element runs: the pathway, the host's facts, and the restart it belongs to (its React key). */
interface Shown {
  readonly key: number;
  readonly pathway?: Pathway;
  readonly context?: Record<string, unknown>;
}

/**
 * The live preview: the real `<careway-pathway>` element (through
 * `@careway/elements/react`) running the pathway as it is edited. Edits keep
 * the preview where it was (core's `runPath` gives the session the answers
 * lead to, which the element restores as its draft); the answers given here
 * drive the canvas highlight, the variables' live values, and "save as
 * scenario". With `welsh` on, the element runs in Welsh (`lang="cy"`): its
 * own words and the pathway's Welsh translations.
 */
export function PreviewPane({
  trace,
  welsh = false,
  onWelsh,
}: {
  trace: Trace;
  welsh?: boolean;
  /** Shows a "Preview in Welsh" checkbox that calls this. */
  onWelsh?: (on: boolean) => void;
}) {
  const { doc } = useDoc();
  const preview = usePreview();
  const ref = useRef<PathwayElement>(null);
  const storage = useRef(memoryDraftStorage());
  // The preview's drafts are sealed like any other, with a key of its own that is never stored.
  const secret = useRef(crypto.getRandomValues(new Uint8Array(32)));
  const answers = useRef<Answers>({});
  const [shown, setShown] = useState<Shown>(() => ({ key: preview.restartKey }));
  const [announce, setAnnounce] = useState('');
  const context = preview.startContext ?? noContext;
  const latest = useRef({ trace, setRun: preview.setRun, answers: preview.run.answers, context, shown });
  useEffect(() => {
    latest.current = { trace, setRun: preview.setRun, answers: preview.run.answers, context, shown };
  });

  /** Writes the draft the element starts from: where `given` leads in `pathway` (or nothing, to start afresh). */
  const writeDraft = (
    pathway: Pathway,
    given: Readonly<Record<string, AnswerValue>>,
    facts: Readonly<Record<string, unknown>>,
    stopAt?: string,
  ) => {
    const key = draftStorageKey(DRAFT_KEY);
    const snapshot =
      Object.keys(given).length || stopAt ? previewSnapshot(pathway, given, facts, stopAt) : undefined;
    if (snapshot)
      storage.current.setPending(
        key,
        encodeDraft(JSON.stringify(snapshot), {
          draftKey: DRAFT_KEY,
          context: facts,
          secret: secret.current,
        }),
      );
    else void storage.current.removeItem(key);
  };

  // A restart (plain, or at a node with answers that reach it) mounts a fresh element on its draft.
  useEffect(() => {
    writeDraft(doc, preview.startAnswers, context, preview.startAt);
    answers.current = { ...preview.startAnswers };
    setShown({
      key: preview.restartKey,
      pathway: doc,
      ...(Object.keys(context).length ? { context: { ...context } } : {}),
    });
    const t = latest.current.trace(preview.startAnswers, context);
    latest.current.setRun({
      answers: preview.startAnswers,
      context,
      route: t.route,
      ...(t.current ? { current: t.current } : {}),
    });
    // Only a restart reloads here; edits are handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preview.restartKey]);

  // Edits reach the element a little after typing stops, keeping its place.
  useEffect(() => {
    const timer = setTimeout(() => {
      const { shown: now } = latest.current;
      if (now.pathway === undefined || now.pathway === doc) return;
      writeDraft(doc, latest.current.answers, latest.current.context);
      setShown({ ...now, pathway: doc });
    }, 300);
    return () => clearTimeout(timer);
  }, [doc]);

  const update = (next: Answers) => {
    answers.current = next;
    const t = latest.current.trace(next, latest.current.context);
    latest.current.setRun({
      answers: next,
      context: latest.current.context,
      route: t.route,
      ...(t.current ? { current: t.current } : {}),
      ...(t.outcome ? { outcome: t.outcome } : {}),
    });
    if (t.outcome) setAnnounce(`The preview reached the outcome “${t.outcome}”.`);
  };
  const now = () => sessionAnswers(ref.current);

  return (
    <section className="cw-preview" aria-labelledby="cw-preview-heading">
      <h2 id="cw-preview-heading">Preview</h2>
      <div className="cw-row">
        <button type="button" onClick={() => preview.restartAt()}>
          Restart preview
        </button>
        {onWelsh && <Checkbox label="Preview in Welsh" checked={welsh} onChange={onWelsh} />}
      </div>
      <p className="cw-visually-hidden" role="status">
        {announce}
      </p>
      <CarewayPathway
        key={shown.key}
        ref={ref}
        className="cw-preview__element"
        lang={welsh ? 'cy' : ''}
        draftKey={DRAFT_KEY}
        draftStorage={storage.current}
        draftSecret={secret.current}
        pathway={shown.pathway}
        context={shown.context}
        onCarewayStep={() => update(now() ?? answers.current)}
        onCarewayChange={(e) => update(now() ?? answersAfterChange(answers.current, e.detail))}
        onCarewayComplete={(e) => update(now() ?? completedAnswers(e.detail))}
      />
    </section>
  );
}
