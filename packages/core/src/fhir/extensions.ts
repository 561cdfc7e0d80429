/**
 * Extension and profile URLs that Careway reads or writes, in one place, with
 * small readers for them.
 */
import type { FhirExtension } from './types.js';
import * as FHIR_URL from './urls.js';

/** Canonical URLs used by the FHIR mapping (see docs/format/fhir.md). */
export { FHIR_URL };

/** SDC expression extensions that carry logic Careway must not lose silently. */
export const EXPRESSION_EXTENSIONS: Readonly<Record<string, string>> = {
  [FHIR_URL.calculatedExpression]: 'calculatedExpression',
  [FHIR_URL.enableWhenExpression]: 'enableWhenExpression',
  [FHIR_URL.initialExpression]: 'initialExpression',
  [FHIR_URL.answerExpression]: 'answerExpression',
  'http://hl7.org/fhir/StructureDefinition/questionnaire-initialExpression': 'initialExpression',
  'http://hl7.org/fhir/StructureDefinition/cqf-expression': 'cqf-expression',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-candidateExpression':
    'candidateExpression',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-contextExpression': 'contextExpression',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-answerOptionsToggleExpression':
    'answerOptionsToggleExpression',
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-constraint': 'constraint',
  'http://hl7.org/fhir/StructureDefinition/questionnaire-constraint': 'constraint',
};

/** The extensions of `list` with `url` (also matching a trailing `|version`-less form). */
export function extensionsOf(list: readonly FhirExtension[] | undefined, url: string): FhirExtension[] {
  return (list ?? []).filter((e) => e.url === url);
}

/** The first extension of `list` with `url`. */
export function extensionOf(
  list: readonly FhirExtension[] | undefined,
  url: string,
): FhirExtension | undefined {
  return (list ?? []).find((e) => e.url === url);
}

/** The numeric `value[x]` of an extension (`valueDecimal`, `valueInteger`, or a numeric string). */
export function numericValue(ext: FhirExtension | undefined): number | undefined {
  if (!ext) return undefined;
  for (const key of ['valueDecimal', 'valueInteger', 'valueString'] as const) {
    const v = ext[key];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (Number.isFinite(n)) return n;
  }
  return undefined;
}
