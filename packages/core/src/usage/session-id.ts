/**
 * Session ids: version 4 UUIDs from random bits alone, so that nothing about
 * the patient, the clinician or the time can be read back out of one, and
 * two records of the same patient cannot be joined through it.
 */

interface RandomValues {
  getRandomValues(array: Uint8Array): Uint8Array;
}

/** The platform's cryptographic random source, when there is one (browsers, Node 20+, Deno, workers). */
function platformRandom(): RandomValues | undefined {
  const crypto = (globalThis as { crypto?: Partial<RandomValues> }).crypto;
  return typeof crypto?.getRandomValues === 'function' ? (crypto as RandomValues) : undefined;
}

function fill(bytes: Uint8Array, random: (() => number) | undefined): void {
  if (random === undefined) {
    try {
      const crypto = platformRandom();
      if (crypto !== undefined) {
        crypto.getRandomValues(bytes);
        return;
      }
    } catch {
      // A platform that refuses (an odd sandbox) gets the fallback below.
    }
  }
  // An id needs to be unique, not secret: without crypto, Math.random is enough.
  const next = random ?? Math.random;
  for (let i = 0; i < bytes.length; i++) {
    const r = next();
    bytes[i] = Number.isFinite(r) ? Math.floor(Math.abs(r) * 256) & 0xff : 0;
  }
}

/**
 * A new random session id: a version 4 UUID in lower case. Bits come from
 * `random` (numbers in [0, 1)) when given, which tests and the synthetic
 * generator use to be repeatable; otherwise from `crypto.getRandomValues`,
 * or from `Math.random` where the platform has no crypto.
 *
 * @example
 * randomSessionId() // '3f2b8c1e-9a4d-4e7f-b1c2-5d6e7f8a9b0c'
 */
export function randomSessionId(random?: () => number): string {
  const bytes = new Uint8Array(16);
  fill(bytes, random);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
