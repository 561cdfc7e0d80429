import { createContext, useContext } from 'react';
import type { UsageSummary } from '../core.js';
import type { ColourBy } from './overlay.js';
import type { UsageSource } from './sources.js';

/** The usage records loaded for the open pathway, core's summary of them, and the overlay's settings. */
export interface InsightsApi {
  /** What is loaded for the open pathway (in memory only, never saved). */
  readonly sources: readonly UsageSource[];
  /** Core's summary of every loaded record against the pathway as it is now; `undefined` with nothing loaded. */
  readonly summary: UsageSummary | undefined;
  /** Whether the loaded records are synthetic. */
  readonly synthetic: boolean;
  /** What went wrong last, in words (a pathway core cannot summarise or generate for). */
  readonly error: string | undefined;
  /** Set while files are read or synthetic records made. */
  readonly busy: boolean;
  readonly overlay: boolean;
  setOverlay(on: boolean): void;
  readonly colourBy: ColourBy;
  setColourBy(by: ColourBy): void;
  /** Replaces what is loaded with the records of these NDJSON files. */
  load(files: readonly File[]): Promise<void>;
  /** Replaces what is loaded with synthetic records from core's generator. */
  loadSynthetic(): void;
  clear(): void;
}

/** @internal */
export const InsightsContext = createContext<InsightsApi | null>(null);

/** The insights of the open pathway, or `null` outside a designer that offers them. */
export function useInsights(): InsightsApi | null {
  return useContext(InsightsContext);
}
