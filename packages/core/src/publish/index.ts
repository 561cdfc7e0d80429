/**
 * Publishing: the gate every tool publishes through, and the artefact it
 * writes (canonical JSON and its integrity string).
 *
 * @packageDocumentation
 */
export { publishedArtefact, type PublishedArtefact } from './artefact.js';
export { PUBLICATION_CODES, type PublicationCode } from './codes.js';
export { publicationRefusals, signOffRefusals, type PublicationOptions } from './refusals.js';
