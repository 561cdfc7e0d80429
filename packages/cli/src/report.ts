/**
 * How findings and issues read on a terminal: one line each, severity first,
 * then where, then what to do, then the stable code in brackets.
 */
import { formatPath, type Issue } from '@careway/core';
import type { Output, Styles } from './output.js';

/** The coloured severity word, padded so that messages line up. */
export function severityTag(style: Styles, severity: Issue['severity']): string {
  if (severity === 'error') return style.red('error  ');
  if (severity === 'warning') return style.yellow('warning');
  return style.cyan('info   ');
}

function where(item: Issue): string {
  const ids = [
    item.nodeId && `node ${item.nodeId}`,
    item.fieldId && `field ${item.fieldId}`,
    item.edgeId && `edge ${item.edgeId}`,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(', ') : formatPath(item.path);
}

/** Prints one line per item to stdout. */
export function printIssues(output: Output, items: readonly Issue[]): void {
  const s = output.style;
  for (const item of items) {
    output.line(
      `  ${severityTag(s, item.severity)} ${s.bold(where(item))}  ${item.message} ${s.dim(`[${item.code}]`)}`,
    );
  }
}

/** "3 errors, 1 warning, 0 info". */
export function countLine(items: readonly Issue[]): string {
  const n = (severity: Issue['severity']) => items.filter((i) => i.severity === severity).length;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${n('info')} info`;
}
