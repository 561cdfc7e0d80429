/**
 * The codes of the publish gate's own refusals. The gate also refuses on
 * the errors of the schema and the analysis, which keep their own codes;
 * `missing_approval` and `stale_approval` are the schema's codes, as they
 * mean the same thing there.
 */
export const PUBLICATION_CODES = {
  scenario_failed:
    'A scenario kept in the document fails: its answers do not reach its expected outcome or route.',
  missing_approval: 'Nobody has signed the pathway off as clinically safe.',
  incomplete_approval: 'An approval without its role, name, real date or statement.',
  stale_approval: 'An approval given to different clinical content.',
  not_active: 'A pathway whose status is draft or retired: only an active pathway goes to clinicians.',
  version_published: 'That version is already published with other content; published versions never change.',
} as const;

/** A code of {@link PUBLICATION_CODES}. */
export type PublicationCode = keyof typeof PUBLICATION_CODES;
