/**
 * Helpers for the analysis tests: the pathway documents in
 * `packages/core/test/analysis/` (one deliberately broken per rule, named
 * after the finding code it proves, and a few `clean-*` ones), the example
 * pathways in `pathways/`, and running a finding's counter-example through
 * the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Pathway } from '../engine/doc.js';
import { runPath, type RunPathResult } from '../engine/run-path.js';
import { PathwaySchema } from '../schema/pathway.js';
import { safeParsePathway } from '../schema/parse.js';
import * as z from '../schema/zod.js';
import { analyze } from './analyze.js';
import type { AnalysisResult, AnalyzeOptions, Finding } from './types.js';

/** The fixed "today" of every analysis test. */
export const TODAY = '2026-11-24';

const fixturesDir = new URL('../../test/analysis/', import.meta.url);
const examplesDir = new URL('../../../../pathways/', import.meta.url);

const jsonFiles = (dir: URL): string[] =>
  readdirSync(fileURLToPath(dir))
    .filter((f) => f.endsWith('.json'))
    .sort();

/** The names of the fixtures (file names without `.json`). */
export function fixtureNames(): string[] {
  return jsonFiles(fixturesDir).map((f) => f.slice(0, -'.json'.length));
}

/** A fixture as the JSON value in its file. */
export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`${name}.json`, fixturesDir), 'utf8')) as unknown;
}

/**
 * A fixture as a pathway of the right shape. Fixtures for the schema's own
 * rules do not pass `safeParsePathway`, so this checks the shape only: that
 * is what `analyze` (and the designer, which analyses the document being
 * edited) is given.
 */
export function fixture(name: string): Pathway {
  const parsed = z.safeParse(PathwaySchema, readFixture(name));
  if (!parsed.success) throw new Error(`${name}.json is not a pathway document: ${parsed.error.message}`);
  return parsed.data;
}

/** `analyze` on a fixture, with today fixed. */
export function analyzeFixture(name: string, options: Omit<AnalyzeOptions, 'today'> = {}): AnalysisResult {
  return analyze(fixture(name), { ...options, today: TODAY });
}

/** The one finding with `code`; fails the test when there is not exactly one. */
export function single(result: AnalysisResult, code: string): Finding {
  const found = result.findings.filter((f) => f.code === code);
  expect(found, `findings with code ${code}`).toHaveLength(1);
  return found[0] as Finding;
}

/** The codes of the findings of `severity`, in order. */
export function codesOf(result: AnalysisResult, severity: Finding['severity']): string[] {
  return result.findings.filter((f) => f.severity === severity).map((f) => f.code);
}

/** Runs a counter-example (answers by field id, context as `context.<id>`) through the engine. */
export function runCounterExample(pathway: Pathway, example: Record<string, unknown>): RunPathResult {
  const answers: Record<string, unknown> = {};
  const context: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(example)) {
    if (name.startsWith('context.')) context[name.slice('context.'.length)] = value;
    else answers[name] = value;
  }
  return runPath(pathway, { answers, context, today: TODAY });
}

/** Every example pathway in `pathways/`, parsed (`undefined` when one does not validate). */
export function examplePathways(): { file: string; pathway: Pathway | undefined }[] {
  return jsonFiles(examplesDir).map((file) => {
    const parsed = safeParsePathway(JSON.parse(readFileSync(new URL(file, examplesDir), 'utf8')));
    return { file, pathway: parsed.ok ? parsed.pathway : undefined };
  });
}
