/**
 * The portal's store of usage records: what `<careway-pathway usage>` hands
 * over (no answers, no identifiers) is kept in this browser as NDJSON, as a
 * real host would append it to its own analytics store, and can be
 * downloaded for `careway insights` or the designer's insights view.
 */
const KEY = 'careway-demo-portal:usage';

/** The records kept so far, one JSON object a line. */
export function storedUsage(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** How many records are kept. */
export function usageCount(): number {
  return storedUsage()
    .split('\n')
    .filter((l) => l.trim() !== '').length;
}

/** Keeps one more record. */
export function keepUsage(record: unknown): void {
  try {
    localStorage.setItem(KEY, `${storedUsage()}${JSON.stringify(record)}\n`);
  } catch {
    // A full store loses analytics only; the clinical work is untouched.
  }
}

/** Forgets every record. */
export function clearUsage(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}

/** Offers the records as a file download: `careway-usage.ndjson`. */
export function downloadUsage(): void {
  const url = URL.createObjectURL(new Blob([storedUsage()], { type: 'application/x-ndjson' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'careway-usage.ndjson';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
