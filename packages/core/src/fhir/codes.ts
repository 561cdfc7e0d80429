/**
 * Every code the FHIR mapping reports (import of a Questionnaire, export of
 * a Questionnaire, QuestionnaireResponse or referral Bundle), with what it
 * means. `error` means the pathway cannot behave like the form, `warning`
 * that something was changed or left out, `info` a faithful mapping worth
 * knowing; see docs/format/fhir.md.
 */
export const FHIR_ISSUE_CODES = {
  fhir_not_a_questionnaire: 'The input is not a FHIR R4 Questionnaire.',
  fhir_no_items: 'The Questionnaire has no items to import.',
  fhir_invalid_item: 'An item without a linkId or a type; it was left out.',
  fhir_duplicate_link_id: 'A linkId used by more than one item; conditions refer to the first.',
  fhir_version_not_semver: 'A version that is not semantic; the pathway starts at 1.0.0.',
  fhir_invalid_value: 'A value of the wrong JSON type, read as the nearest sensible value.',
  fhir_unsupported_item_type: 'An item type with no Careway equivalent; the item was left out.',
  fhir_unsupported_expression: 'An expression that cannot be translated into Careway’s language.',
  fhir_calculated_as_variable: 'A calculatedExpression that became a Careway variable.',
  fhir_enable_when: 'An enableWhen that became a Careway condition.',
  fhir_enable_when_loop: 'enableWhen conditions that refer to each other in a loop; the loop is broken.',
  fhir_enable_when_untranslatable: 'An enableWhen that cannot be written as a condition; it was left out.',
  fhir_enable_behavior_missing: 'Several enableWhen without enableBehavior; read as all.',
  fhir_condition_not_expressible: 'A Careway condition that cannot be written as enableWhen on export.',
  fhir_open_choice_closed: 'An open choice asked as a closed choice.',
  fhir_no_options: 'A choice with no options, asked as free text.',
  fhir_option_unreadable: 'An answer option that cannot be read; it was left out.',
  fhir_code_system_not_uri: 'A code system that is not a URI; the option keeps only its code.',
  fhir_codes_not_kept: 'Codes Careway has no place for (more than one per question, or on a group).',
  fhir_value_set_unresolved: 'Options from a value set that was not supplied; asked as free text.',
  fhir_unit_choice_not_supported: 'A choice of units; the answer is taken in one unit.',
  fhir_repeats_not_supported: 'A repeating question, asked once.',
  fhir_repeating_group: 'A repeating group, asked once.',
  fhir_datetime_as_date: 'A dateTime asked as a date.',
  fhir_time_as_text: 'A time asked as text.',
  fhir_reference_as_text: 'A reference asked as text.',
  fhir_attachment_types_assumed: 'An attachment with no accepted types; Careway’s defaults apply.',
  fhir_hidden_item: 'A hidden item, left out.',
  fhir_empty_display: 'A display item with no text, left out.',
  fhir_read_only: 'A read-only item, asked as an ordinary question.',
  fhir_extension_ignored: 'An extension with no meaning in Careway, not imported.',
  fhir_help_as_hint: 'A help item that became its question’s hint.',
  fhir_initial_several: 'Several initial values; the first is used.',
  fhir_initial_unreadable: 'An initial value that cannot be read; it was left out.',
  fhir_embedded_pathway_invalid: 'An embedded Careway pathway that is not valid; the items were imported.',
  fhir_embedded_pathway_stale: 'An embedded Careway pathway that no longer matches the items.',
  fhir_no_subject: 'A referral Bundle without a patient reference.',
  fhir_no_request_for_outcome: 'An outcome that asks no other service to act: no ServiceRequest.',
} as const;

/** A code of {@link FHIR_ISSUE_CODES}. */
export type FhirIssueCode = keyof typeof FHIR_ISSUE_CODES;
