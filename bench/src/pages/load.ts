/** What every page does the same way: read its parameters and fetch its form as JSON. */

/** The page's query: the size, and which file of the form it should fetch. */
export function pageParams(): { n: string } {
  const params = new URLSearchParams(location.search);
  return { n: params.get('n') ?? '50' };
}

/** Fetches `/data/<name>` as JSON; a failure is reported to the driver. */
export async function fetchForm(name: string): Promise<unknown> {
  const response = await fetch(`/data/${name}`);
  if (!response.ok) throw new Error(`GET /data/${name}: ${response.status}`);
  return response.json();
}

/** Reports an error to the driver without throwing into the runtime. */
export function fail(error: unknown): void {
  globalThis.__bench.error ??= error instanceof Error ? `${error.message}` : String(error);
}
