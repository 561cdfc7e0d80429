/**
 * Helpers of `careway fhir`: loading a pathway, reading FHIR references from
 * the command line and the context file, and running the pathway on a set of
 * answers to a Result.
 */
import { runPath, type Pathway, type Result } from '@careway/core';
import type { FhirReference } from '@careway/core';
import { CliError } from '../errors.js';

/**
 * A FHIR Reference from the command line: `Type/id`, `nhs:<NHS number>`, or
 * a JSON object.
 */
export function parseReference(text: string, option: string): FhirReference {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as FhirReference;
    } catch {
      // falls through to the usage error below
    }
  } else if (/^nhs:\d{10}$/.test(trimmed)) {
    return { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: trimmed.slice(4) } };
  } else if (/^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/.test(trimmed) || /^(https?|urn):/.test(trimmed)) {
    return { reference: trimmed };
  }
  throw new CliError(
    'bad_reference',
    `${option} must be Type/id (e.g. Patient/123), nhs:<10-digit NHS number>, or a JSON Reference; got "${text}".`,
  );
}

/** The participants of the referral, from the `fhir` member of a context file. */
export interface FhirParticipants {
  subject?: FhirReference;
  requester?: FhirReference;
  performer?: FhirReference;
  encounter?: FhirReference;
}

/** Splits a context file into the pathway's context facts and the FHIR participants under `fhir`. */
export function splitContext(
  raw: Record<string, unknown>,
  file: string,
): { engineContext: Record<string, unknown>; fhir: FhirParticipants } {
  const { fhir, ...engineContext } = raw;
  if (fhir === undefined) return { engineContext, fhir: {} };
  if (typeof fhir !== 'object' || fhir === null || Array.isArray(fhir)) {
    throw new CliError(
      'bad_context',
      `${file}: "fhir" must be an object with subject, requester, performer or encounter references.`,
    );
  }
  const out: FhirParticipants = {};
  for (const key of ['subject', 'requester', 'performer', 'encounter'] as const) {
    const value = (fhir as Record<string, unknown>)[key];
    if (value === undefined) continue;
    out[key] =
      typeof value === 'string' ? parseReference(value, `${file} fhir.${key}`) : (value as FhirReference);
  }
  return { engineContext, fhir: out };
}

/** The result of running a pathway on answers, or what it still needs. */
export interface AnswerRun {
  result: Result | undefined;
  needs: string[];
  message: string;
}

/** Runs `pathway` on `answers` with the engine's non-interactive runner; `today` is taken from `now` when given. */
export function runAnswers(
  pathway: Pathway,
  answers: Record<string, unknown>,
  context: Record<string, unknown>,
  now?: string,
): AnswerRun {
  const run = runPath(pathway, { answers, context, ...(now ? { today: now.slice(0, 10) } : {}) });
  if (run.status === 'outcome' && run.result) return { result: run.result, needs: [], message: '' };
  if (run.status === 'stalled') {
    return {
      result: undefined,
      needs: (run.needs ?? []).map((n) => n.id),
      message: run.stall?.message ?? `The answers stop at ${run.at ?? 'the start'}.`,
    };
  }
  const errors = run.errors ?? [];
  return {
    result: undefined,
    needs: errors.map((e) => e.fieldId ?? e.code),
    message: `The answers stop at ${run.at ?? 'a step'}: ${errors.map((e) => e.message).join('; ') || 'they are not valid there'}.`,
  };
}
