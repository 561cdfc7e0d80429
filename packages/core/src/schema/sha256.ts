/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, synchronous, so that content
 * hashes work the same in any browser, in Node and in workers, without
 * WebCrypto's promises or Node's `crypto`.
 */
import { base64Encode, hexEncode, utf8Encode } from './bytes.js';

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/**
 * One 64-byte block into the state `hs`. Reads from typed arrays are in
 * range by construction; the `as number` casts only quiet
 * noUncheckedIndexedAccess in this hot loop.
 */
function block(p: Uint8Array, offset: number, w: Int32Array, hs: Int32Array): void {
  for (let t = 0; t < 16; t++) {
    const j = offset + t * 4;
    w[t] =
      ((p[j] as number) << 24) |
      ((p[j + 1] as number) << 16) |
      ((p[j + 2] as number) << 8) |
      (p[j + 3] as number);
  }
  for (let t = 16; t < 64; t++) {
    const w15 = w[t - 15] as number;
    const w2 = w[t - 2] as number;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
  }
  let a = hs[0] as number;
  let b = hs[1] as number;
  let c = hs[2] as number;
  let d = hs[3] as number;
  let e = hs[4] as number;
  let f = hs[5] as number;
  let g = hs[6] as number;
  let h = hs[7] as number;
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  hs[0] = ((hs[0] as number) + a) | 0;
  hs[1] = ((hs[1] as number) + b) | 0;
  hs[2] = ((hs[2] as number) + c) | 0;
  hs[3] = ((hs[3] as number) + d) | 0;
  hs[4] = ((hs[4] as number) + e) | 0;
  hs[5] = ((hs[5] as number) + f) | 0;
  hs[6] = ((hs[6] as number) + g) | 0;
  hs[7] = ((hs[7] as number) + h) | 0;
}

/** The SHA-256 digest of `data` (a string is hashed as UTF-8), 32 bytes. */
export function sha256(data: Uint8Array | string): Uint8Array {
  const bytes = typeof data === 'string' ? utf8Encode(data) : data;
  const length = bytes.length;
  const padded = new Uint8Array((((length + 8) >> 6) + 1) << 6);
  padded.set(bytes);
  padded[length] = 0x80;
  const bits = length * 8;
  const end = padded.length;
  const high = Math.floor(bits / 0x100000000);
  for (let i = 0; i < 4; i++) {
    padded[end - 8 + i] = (high >>> (24 - 8 * i)) & 0xff;
    padded[end - 4 + i] = (bits >>> (24 - 8 * i)) & 0xff;
  }
  const hs = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Int32Array(64);
  for (let offset = 0; offset < end; offset += 64) block(padded, offset, w, hs);
  const out = new Uint8Array(32);
  hs.forEach((word, i) => {
    out[i * 4] = (word >>> 24) & 0xff;
    out[i * 4 + 1] = (word >>> 16) & 0xff;
    out[i * 4 + 2] = (word >>> 8) & 0xff;
    out[i * 4 + 3] = word & 0xff;
  });
  return out;
}

/** The SHA-256 digest as 64 lower-case hex digits. */
export function sha256Hex(data: Uint8Array | string): string {
  return hexEncode(sha256(data));
}

/** The SHA-256 digest in base64, as subresource integrity strings use it (`sha256-<base64>`). */
export function sha256Base64(bytes: Uint8Array): string {
  return base64Encode(sha256(bytes));
}

/**
 * The subresource-integrity string of a published file, for
 * `<careway-pathway integrity="…">`.
 *
 * @example
 * integrity(canonicalJson(pathway)) // 'sha256-…'
 */
export function integrity(data: Uint8Array | string): string {
  return `sha256-${base64Encode(sha256(data))}`;
}
