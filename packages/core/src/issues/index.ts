/**
 * Problems as data: the one issue shape of Careway, the catalogues of codes,
 * and the helpers to order, de-duplicate and shorten lists of issues.
 *
 * @packageDocumentation
 */
export type { Issue, IssueParams, IssuePath, IssuePlace, Severity, Shortlist, SourceRange } from './issue.js';
export { andMore, dedupeIssues, formatPath, hasErrors, issue, shortlist, sortIssues } from './issue.js';
export type { IssueCode } from './codes.js';
