import { useEffect, useRef, useState } from 'react';
import { draftStorageKey } from '@careway/elements';
import '@careway/elements/define';
import type {} from '../jsx.js';
import type { AnswerValue, Pathway } from '../core.js';
import { useDoc } from '../state/context.js';
import { Checkbox } from '../ui/controls.js';
import { usePreview } from './preview-state.js';
import { readAnswers } from './read-answers.js';
import { draftEnvelope, memoryDraftStorage, replaySnapshot } from './replay.js';

interface PreviewElement extends HTMLElement {
  pathway?: Pathway;
  context?: Record<string, unknown> | undefined;
  draftKey?: string;
  draftStorage?: ReturnType<typeof memoryDraftStorage>;
}

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

/**
 * The live preview: the real `<careway-pathway>` element running the pathway
 * as it is edited. Edits keep the preview where it was (the answers are
 * replayed through core's engine into a draft the element restores); the
 * answers given here drive the canvas highlight, the variables' live values,
 * and "save as scenario". With `welsh` on, the element runs in Welsh
 * (`lang="cy"`): its own words and the pathway's Welsh translations.
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
  const ref = useRef<PreviewElement>(null);
  const storage = useRef(memoryDraftStorage());
  const [announce, setAnnounce] = useState('');
  const context = preview.startContext ?? noContext;
  const latest = useRef({ trace, setRun: preview.setRun, answers: preview.run.answers, context });
  useEffect(() => {
    latest.current = { trace, setRun: preview.setRun, answers: preview.run.answers, context };
  });

  const load = (
    pathway: Pathway,
    answers: Readonly<Record<string, AnswerValue>>,
    facts: Readonly<Record<string, unknown>>,
    stopAt?: string,
  ) => {
    const el = ref.current;
    if (!el) return;
    const key = draftStorageKey(DRAFT_KEY);
    const snapshot =
      Object.keys(answers).length || stopAt ? replaySnapshot(pathway, answers, facts, stopAt) : undefined;
    if (snapshot) storage.current.setItem(key, draftEnvelope(snapshot));
    else storage.current.removeItem(key);
    el.draftStorage = storage.current;
    el.draftKey = DRAFT_KEY;
    el.context = Object.keys(facts).length ? { ...facts } : undefined;
    el.pathway = pathway;
  };

  // A restart (plain, or at a node with answers that reach it) mounts a fresh element.
  useEffect(() => {
    load(doc, preview.startAnswers, context, preview.startAt);
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
      if (ref.current && ref.current.pathway !== doc)
        load(doc, latest.current.answers, latest.current.context);
    }, 300);
    return () => clearTimeout(timer);
  }, [doc]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    let answers: Record<string, AnswerValue> = { ...preview.startAnswers };
    const update = (event: Event) => {
      answers = readAnswers(el, event, answers);
      const t = latest.current.trace(answers, latest.current.context);
      latest.current.setRun({
        answers,
        context: latest.current.context,
        route: t.route,
        ...(t.current ? { current: t.current } : {}),
        ...(t.outcome ? { outcome: t.outcome } : {}),
      });
      if (t.outcome) setAnnounce(`The preview reached the outcome “${t.outcome}”.`);
    };
    const events = ['careway-step', 'careway-change', 'careway-complete'];
    for (const name of events) el.addEventListener(name, update);
    return () => {
      for (const name of events) el.removeEventListener(name, update);
    };
  }, [preview.restartKey, preview.startAnswers]);

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
      <careway-pathway
        key={preview.restartKey}
        ref={ref}
        class="cw-preview__element"
        lang={welsh ? 'cy' : ''}
      />
    </section>
  );
}
