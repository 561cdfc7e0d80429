/**
 * The `careway-pathway` extension: the whole pathway as canonical JSON on the
 * Questionnaire, with its fingerprint, so that an import can restore it
 * exactly and notice when it was altered.
 */
import type { Pathway } from '../careway-types.js';
import { canonicalJson } from '../../schema/canonical.js';
import { stableJson } from '../canonical.js';
import { FHIR_URL } from '../extensions.js';
import type { FhirExtension } from '../types.js';

/** The extension that carries `pathway`. */
export function embedPathway(pathway: Pathway, linkIds?: Record<string, string>): FhirExtension {
  const extension: FhirExtension[] = [
    { url: 'schemaVersion', valueInteger: pathway.schemaVersion },
    { url: 'pathway', valueString: canonicalJson(pathway) },
  ];
  if (linkIds && Object.keys(linkIds).length > 0)
    extension.push({ url: 'linkIds', valueString: stableJson(linkIds) });
  return { url: FHIR_URL.carewayPathway, extension };
}

/** Reads the field id → linkId map stored beside the pathway, if any. */
export function embeddedLinkIds(ext: FhirExtension | undefined): Record<string, string> | undefined {
  const text = ext?.extension?.find((e) => e.url === 'linkIds')?.valueString;
  if (typeof text !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return undefined;
  }
}
