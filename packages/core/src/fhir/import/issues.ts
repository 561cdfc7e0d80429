/**
 * Problems found while importing a Questionnaire. Errors are data (STYLE §6):
 * each issue has a stable snake_case `code`, the JSON `path` into the
 * Questionnaire, a severity, the item's `linkId` when it concerns one, and a
 * message for the person who must act.
 */

import { issue, type Issue } from '../../issues/issue.js';
import type { FhirIssueCode } from '../codes.js';

/** One finding of the FHIR mapping: an {@link Issue} with the item's `linkId` when it concerns one. */
export type FhirIssue = Issue<FhirIssueCode>;

/** Collects issues in the order they are found. */
export class IssueLog {
  readonly issues: FhirIssue[] = [];

  add(issue: FhirIssue): void {
    this.issues.push(issue);
  }

  warn(code: FhirIssueCode, path: (string | number)[], message: string, linkId?: string): void {
    this.issues.push(issue(code, path, message, 'warning', { linkId }));
  }

  info(code: FhirIssueCode, path: (string | number)[], message: string, linkId?: string): void {
    this.issues.push(issue(code, path, message, 'info', { linkId }));
  }

  error(code: FhirIssueCode, path: (string | number)[], message: string, linkId?: string): void {
    this.issues.push(issue(code, path, message, 'error', { linkId }));
  }
}
