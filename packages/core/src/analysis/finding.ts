/**
 * Building findings: one helper so that every rule spells them the same way,
 * with the severity the code catalogue gives.
 */
import { issue, type IssuePath, type IssuePlace } from '../issues/issue.js';
import { severityOf, type AnalysisCode } from './codes.js';
import type { Finding } from './types.js';

/** Makes a {@link Finding} of `code`'s severity, leaving out places that are undefined. */
export function finding(
  code: AnalysisCode,
  path: IssuePath,
  message: string,
  place: { [K in keyof IssuePlace]?: IssuePlace[K] | undefined } = {},
): Finding {
  return issue(code, path, message, severityOf(code), place);
}
