import { safeParsePathway, type Pathway } from '@careway/core';

const files = import.meta.glob<unknown>('../../../pathways/*.json', { eager: true, import: 'default' });

/** The example pathways shipped in `pathways/`, validated; a broken file is reported, not loaded. */
export const examplePathways: Pathway[] = Object.entries(files)
  .flatMap(([file, json]) => {
    const parsed = safeParsePathway(json);
    if (parsed.ok) return [parsed.pathway];
    console.warn(`Example pathway ${file} is not valid and was not loaded`, parsed.issues);
    return [];
  })
  .sort((a, b) => a.title.localeCompare(b.title));
