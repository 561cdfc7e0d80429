/**
 * Problems found while importing a Questionnaire. Errors are data (STYLE §6):
 * each issue has a stable snake_case `code`, the JSON `path` into the
 * Questionnaire, a severity, the item's `linkId` when it concerns one, and a
 * message for the person who must act.
 */

import type { Issue, Severity } from '../../schema/issues.js';

/**
 * One finding of the FHIR mapping: the shape of every Careway {@link Issue},
 * plus the item's `linkId` and an `info` severity for faithful mappings
 * worth knowing.
 */
export interface FhirIssue extends Omit<Issue, 'severity' | 'path'> {
  /** Stable machine code, e.g. `fhir_unsupported_expression`. */
  code: string;
  /** 'error': the pathway cannot behave like the form; 'warning': something was changed or left out; 'info': a faithful mapping worth knowing. */
  severity: Severity | 'info';
  /** JSON path into the Questionnaire (import) or the pathway (export), e.g. `['item', 0, 'item', 3]`. */
  path: (string | number)[];
  /** The item concerned. */
  linkId?: string;
  message: string;
}

/** Collects issues in the order they are found. */
export class IssueLog {
  readonly issues: FhirIssue[] = [];

  add(issue: FhirIssue): void {
    this.issues.push(issue);
  }

  warn(code: string, path: (string | number)[], message: string, linkId?: string): void {
    this.issues.push({
      code,
      severity: 'warning',
      path,
      message,
      ...(linkId === undefined ? {} : { linkId }),
    });
  }

  info(code: string, path: (string | number)[], message: string, linkId?: string): void {
    this.issues.push({ code, severity: 'info', path, message, ...(linkId === undefined ? {} : { linkId }) });
  }

  error(code: string, path: (string | number)[], message: string, linkId?: string): void {
    this.issues.push({ code, severity: 'error', path, message, ...(linkId === undefined ? {} : { linkId }) });
  }
}
