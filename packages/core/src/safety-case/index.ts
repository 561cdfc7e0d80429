/**
 * The clinical safety case: {@link safetyCaseReport} writes a pathway's
 * scope, hazard log, traceability, analysis, scenario results, approvals
 * and clinical diff as one self-contained HTML document for a clinical
 * safety officer (DCB0129). {@link hazardLog} and {@link clinicalDiff} give
 * the same content as data.
 *
 * @packageDocumentation
 */
export { safetyCaseReport, SAFETY_CASE_SECTIONS, type SafetyCaseOptions } from './report.js';
export { hazardLog, type Hazard, type HazardScenario, type ResidualRisk } from './hazards.js';
export { clinicalDiff, DIFFED_COLLECTIONS, type ClinicalDiff, type CollectionDiff } from './diff.js';
export { escapeHtml } from './html.js';
