/**
 * The summary for pasting into a clinical record: plain text, headed by the
 * pathway and its version, then the outcome, the red-flag answers first,
 * the answers grouped by step as "Question: Answer", the scores with what
 * made them, and the safety-netting advice.
 */
import type { Compiled } from './compiled.js';
import type { OutcomeNode } from './doc.js';
import { plainText } from './deps.js';
import type { Result } from './types.js';

const DISPOSITION: Record<OutcomeNode['disposition'], string> = {
  refer: 'Refer',
  'advice-request': 'Advice and guidance request',
  'primary-care': 'Manage in primary care',
  'self-care': 'Self-care',
  'urgent-care': 'Urgent care',
  emergency: 'Emergency care',
  other: 'Other',
};

const URGENCY: Record<OutcomeNode['urgency'], string> = {
  routine: 'Routine',
  urgent: 'Urgent',
  'suspected-cancer': 'Suspected cancer',
  'same-day': 'Same day',
  emergency: 'Emergency',
};

/** A plain-text block indented under a heading. */
function block(text: string): string[] {
  return plainText(text)
    .split('\n')
    .map((line) => line.trimEnd());
}

/** Lays out the summary text of a result. */
export function summaryText(r: Omit<Result, 'summaryText'>, c: Compiled): string {
  const o = r.outcome;
  const lines: string[] = [];
  lines.push(`${r.pathway.title} (${r.pathway.id}@${r.pathway.version})`);
  lines.push(r.completedAt !== undefined ? `Completed: ${r.completedAt}` : 'Not yet confirmed');
  lines.push('', `Outcome: ${o.title}`);
  lines.push(`Disposition: ${DISPOSITION[o.disposition] ?? o.disposition}`);
  lines.push(`Urgency: ${URGENCY[o.urgency] ?? o.urgency}`);
  lines.push(`Timeframe: ${o.timeframe}`);
  if (o.service) lines.push(`Service: ${o.service.name}${o.service.code ? ` (${o.service.code.code})` : ''}`);
  lines.push(`Action by: ${o.actor}`);
  if (o.summary) lines.push(...block(o.summary));

  const flags = r.answers.filter((a) => a.redFlag);
  if (flags.length > 0) {
    lines.push('', 'Red flags:');
    for (const a of flags) {
      const reason = c.fields.get(a.fieldId)?.field.redFlag?.reason;
      lines.push(`- ${a.label}: ${a.display}${reason ? ` (${reason})` : ''}`);
    }
  }

  if (r.answers.length > 0) {
    lines.push('', 'Answers:');
    let step: string | undefined;
    for (const a of r.answers) {
      if (a.nodeId !== step) {
        step = a.nodeId;
        lines.push(`${c.nodes.get(a.nodeId)?.title ?? a.nodeId}`);
      }
      lines.push(`- ${a.label}: ${a.display}${a.prefilled ? ' (from the record)' : ''}`);
    }
  }

  // A score that could not be worked out on this route (its questions were not asked) is left out.
  const scores = r.scores.filter((s) => s.value !== null);
  if (scores.length > 0) {
    lines.push('', 'Scores:');
    for (const s of scores) {
      lines.push(
        `${s.label}: ${s.value === null ? 'unknown' : String(s.value)}${s.band ? ` (${s.band})` : ''}`,
      );
      for (const e of s.explanation) lines.push(`- ${e.label}: ${e.points >= 0 ? '+' : ''}${e.points}`);
    }
  }

  if (o.nextSteps) lines.push('', 'Next steps:', ...block(o.nextSteps));
  if (o.safetyNetting) lines.push('', 'Safety netting:', ...block(o.safetyNetting));
  return lines.join('\n');
}
