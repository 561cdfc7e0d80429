import { safeParsePathway, type Pathway } from '@careway/core';

const files = import.meta.glob<unknown>('../../../pathways/*.json', { eager: true, import: 'default' });

/** The example pathways from `pathways/`, validated before the portal offers them. */
export const examplePathways: Pathway[] = Object.values(files)
  .flatMap((json) => {
    const parsed = safeParsePathway(json);
    return parsed.ok ? [parsed.pathway] : [];
  })
  .sort((a, b) => a.title.localeCompare(b.title));
