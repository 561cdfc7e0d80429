import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { summariseUsage, type Pathway, type UsageSummary } from '../core.js';
import { useSettled } from '../state/useChecks.js';
import type { InsightsApi } from './context.js';
import { usageOverlay, type ColourBy, type UsageOverlay } from './overlay.js';
import { readUsageFiles, syntheticSource, type UsageSource } from './sources.js';

function summarise(doc: Pathway, sources: readonly UsageSource[]): UsageSummary | string | undefined {
  if (sources.length === 0) return undefined;
  try {
    return summariseUsage(
      doc,
      sources.flatMap((s) => s.records),
    );
  } catch {
    return 'The records cannot be summarised against the pathway as it is now: fix the errors under Problems.';
  }
}

/**
 * Holds the usage records loaded for each pathway opened in this designer,
 * in memory only (they are gone on reload and never saved with the
 * pathway), with core's summary of them and the overlay drawn from it.
 */
export function useInsightsState(doc: Pathway): { api: InsightsApi; overlay: UsageOverlay | undefined } {
  const [byPathway, setByPathway] = useState<ReadonlyMap<string, readonly UsageSource[]>>(new Map());
  const [overlay, setOverlay] = useState(false);
  const [colourBy, setColourBy] = useState<ColourBy>('abandonment');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ pathway: string; message: string }>();
  const pathwayId = doc.id;
  const sources = useMemo(() => byPathway.get(pathwayId) ?? [], [byPathway, pathwayId]);
  // Many records take a moment to summarise: do it when the author pauses, as the checks do.
  const settled = useSettled(useDeferredValue(doc), 250);
  const against = settled.id === pathwayId ? settled : doc;
  const result = useMemo(() => summarise(against, sources), [against, sources]);
  const summary = typeof result === 'object' ? result : undefined;

  const keep = useCallback((id: string, next: readonly UsageSource[]) => {
    setByPathway((all) => new Map(all).set(id, next));
    setFailure(undefined);
  }, []);
  const load = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setBusy(true);
      try {
        keep(pathwayId, await readUsageFiles(files));
      } finally {
        setBusy(false);
      }
    },
    [keep, pathwayId],
  );
  const loadSynthetic = useCallback(() => {
    setBusy(true);
    // Generating takes a moment: let the busy message show first.
    setTimeout(() => {
      try {
        keep(pathwayId, [syntheticSource(doc)]);
      } catch {
        setFailure({
          pathway: pathwayId,
          message: 'Synthetic records need a pathway Careway can run: fix the errors under Problems first.',
        });
      } finally {
        setBusy(false);
      }
    }, 0);
  }, [doc, keep, pathwayId]);
  const clear = useCallback(() => keep(pathwayId, []), [keep, pathwayId]);

  const api = useMemo<InsightsApi>(
    () => ({
      sources,
      summary,
      synthetic: sources.some((s) => s.synthetic),
      error:
        typeof result === 'string' ? result : failure?.pathway === pathwayId ? failure.message : undefined,
      busy,
      overlay,
      setOverlay,
      colourBy,
      setColourBy,
      load,
      loadSynthetic,
      clear,
    }),
    [sources, summary, result, failure, pathwayId, busy, overlay, colourBy, load, loadSynthetic, clear],
  );
  const drawn = useMemo(
    () => (overlay && summary ? usageOverlay(summary, colourBy) : undefined),
    [overlay, summary, colourBy],
  );
  return { api, overlay: drawn };
}
