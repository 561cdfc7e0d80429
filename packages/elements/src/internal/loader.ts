/**
 * Fetching a published pathway: the bytes are checked against `integrity`
 * before they are even parsed, so a tampered file never reaches the engine;
 * then core reads them, as every Careway tool reads a pathway file.
 */
import { readPathwayText, sha256Base64, type SafeParseResult } from './core.js';
import { problem, describeThrown, type CarewayErrorDetail } from './errors.js';

/** What loading a pathway URL gave: core's reading of the file, or why the file could not be read. */
export type LoadResult = { ok: true; read: SafeParseResult } | { ok: false; problem: CarewayErrorDetail };

/** The hashes an `integrity` value allows, e.g. `sha256-abc= sha256-def=`. Other algorithms are refused. */
export function parseIntegrity(
  integrity: string,
): { ok: true; hashes: string[] } | { ok: false; message: string } {
  const tokens = integrity.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return { ok: false, message: 'integrity is empty' };
  const hashes: string[] = [];
  for (const token of tokens) {
    // Subresource Integrity allows `?options` after the hash; none are defined, so they are ignored.
    const match = /^sha256-([A-Za-z0-9+/]+={0,2})(\?.*)?$/.exec(token);
    if (!match?.[1]) {
      return {
        ok: false,
        message: `integrity token "${token}" is not "sha256-<base64>" (only SHA-256 is supported)`,
      };
    }
    hashes.push(match[1]);
  }
  return { ok: true, hashes };
}

/**
 * Fetches `src`, verifies `integrity` (when given) over the exact bytes
 * received, then has core read them (`readPathwayText`). Never throws.
 */
export async function loadPathway(
  src: string,
  integrity: string | undefined,
  signal: AbortSignal,
): Promise<LoadResult> {
  const allowed = integrity ? parseIntegrity(integrity) : undefined;
  if (allowed && !allowed.ok) {
    return { ok: false, problem: problem('integrity_invalid', `Refused ${src}: ${allowed.message}.`) };
  }
  let bytes: Uint8Array;
  let contentType: string;
  try {
    const response = await fetch(src, { signal, credentials: 'same-origin' });
    if (!response.ok) {
      return {
        ok: false,
        problem: problem('http_error', `Fetching ${src} answered HTTP ${response.status}.`, 'error', {
          status: response.status,
        }),
      };
    }
    contentType = response.headers.get('content-type') ?? '';
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return {
      ok: false,
      problem: problem('fetch_failed', `Fetching ${src} failed: ${describeThrown(error)}.`),
    };
  }
  if (allowed) {
    const actual = sha256Base64(bytes);
    if (!allowed.hashes.includes(actual)) {
      return {
        ok: false,
        problem: problem(
          'integrity_mismatch',
          `Refused ${src}: its SHA-256 is sha256-${actual}, which integrity does not allow.`,
          'error',
          { expected: allowed.hashes.map((h) => `sha256-${h}`), actual: `sha256-${actual}` },
        ),
      };
    }
  }
  const read = await readPathwayText(bytes);
  const unreadable = read.ok
    ? undefined
    : read.issues.find((i) => i.code === 'invalid_json' || i.code === 'invalid_encoding');
  if (!unreadable) return { ok: true, read };
  // A server that answers an HTML page (a login redirect, a single-page app's fallback) is the usual
  // cause; a JSON file cut short (any type) is damaged, not the wrong file.
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const markup =
    /(^|\/|\+)(html|xml)$/.test(type) || /^\s*</.test(new TextDecoder().decode(bytes.slice(0, 64)));
  if (markup) {
    return {
      ok: false,
      problem: problem(
        'wrong_content_type',
        `${src} answered ${type}, not JSON: check that the URL is the published pathway file and that the server sends it as application/json.`,
        'error',
        { contentType: type },
      ),
    };
  }
  return {
    ok: false,
    problem: problem('invalid_json', `${src}: ${unreadable.message}`, 'error', { issue: unreadable }),
  };
}
