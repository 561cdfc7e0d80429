// Not loaded by any page: built only to weigh what Careway would ship if its
// single-file build carried the FHIR importer (shared code counted once).
// JavaScript, not TypeScript, so that the bench's typecheck does not take in
// the elements' sources (they need the elements' own decorator settings).
import '@careway/elements/define';

export { importQuestionnaire } from '@careway/core';
