/**
 * The Careway engine: sessions that take answers in and give the current
 * view, the outcome, the record summary and a trace of every routing
 * decision out. Pure functions over plain data; nothing here throws on bad
 * input.
 *
 * @packageDocumentation
 */
export { createSession, type Session } from './session.js';
export { ENGINE_ISSUE_CODES, type AnswerIssueCode, type EngineIssueCode } from './codes.js';
export {
  ENGINE_MESSAGES_EN,
  engineIssue,
  subjectOf,
  wordIssue,
  type AnswerMessages,
  type EngineMessages,
  type MessageField,
  type MessageParams,
  type Wording,
} from './messages/index.js';
export { CY as ENGINE_MESSAGES_CY } from './messages/cy.js';
export { restoreSession, safeRestoreSession } from './snapshot.js';
export {
  SnapshotError,
  type SnapshotErrorCode,
  type SessionSnapshot,
  type PathwayStamp,
  type MigrationReport,
  type RestoreOptions,
  type SafeRestoreResult,
} from './snapshot-types.js';
export { runPath, type RunPathOptions, type RunPathResult } from './run-path.js';
export { runScenario, runScenarios, type ScenarioReport, type ScenarioOptions } from './scenarios.js';
export {
  generatePathway,
  generateAnswers,
  randomAnswer,
  randomSource,
  type GenerateOptions,
} from './generate.js';
export type {
  AnsweredItem,
  FieldRef,
  FieldView,
  Nav,
  PrefillInfo,
  Progress,
  Result,
  ReviewItem,
  ScoreResult,
  SessionOptions,
  SessionState,
  StallCode,
  StallState,
  TraceEntry,
  View,
  ViewIssue,
} from './types.js';
