/**
 * How the insights views write core's figures: durations, rates and counts
 * in words a clinical lead reads at a glance. Only the wording is here; every
 * figure is core's.
 */

/** A duration in milliseconds: `0.4 s`, `4.2 s`, `42 s`, `3 min 5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes < 60) return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}

/** A rate or share from core: `50%`, `under 1%` for a small non-zero one, `—` when core has none (`null`). */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  if (rate > 0 && rate < 0.005) return 'under 1%';
  return `${Math.round(rate * 100)}%`;
}

/** `1 session`, `2 sessions`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A count with its rate: `1 (50%)`. */
export function countAndRate(n: number, rate: number | null): string {
  return rate === null ? String(n) : `${n} (${formatRate(rate)})`;
}
