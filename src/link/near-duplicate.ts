/**
 * Near-duplicates: MinHash over word 5-shingles with LSH banding, so only
 * reports that share a band are compared (near-linear, never all pairs). A
 * syndicated copy is marked as a copy of the first report it copies.
 */
import type { Report } from '../model/report.js';

const HASHES = 64;
const BANDS = 32;
const ROWS = HASHES / BANDS;
const SEEDS = Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) >>> 0) | 1);

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function signature(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + 5 <= Math.max(words.length, 5); i++) {
    const h = fnv(words.slice(i, i + 5).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h ^ SEEDS[k]!, 0x85ebca6b) ^ (h >>> 13)) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** A report's signature: its body's, so a headline or dateline of its own does not hide a copy. */
export function reportSignature(r: Report): Uint32Array {
  return signature(r.text.slice(r.bodyStart));
}

/** A signature as stored text (base64 of its bytes), and back. */
export const encodeSignature = (sig: Uint32Array): string => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');
export function decodeSignature(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  // Copied out: a small Buffer may sit at an offset of a shared pool that a Uint32Array cannot view.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function findDuplicates(reports: readonly Report[], threshold = 0.8): Map<string, string> {
  return duplicatesBySignature(reports.map((r) => ({ id: r.id, sig: reportSignature(r) })), threshold);
}

/** Copies among reports given by id and signature, in canonical order: copy id → the first original it copies. */
export function duplicatesBySignature(reports: readonly { readonly id: string; readonly sig: Uint32Array }[], threshold = 0.8): Map<string, string> {
  const buckets = new Map<string, number[]>();
  const out = new Map<string, string>();
  reports.forEach((r, i) => {
    const keys = Array.from({ length: BANDS }, (_, b) => `${b}:${Array.from(r.sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
    const candidates = new Set<number>();
    for (const key of keys) for (const j of buckets.get(key) ?? []) candidates.add(j);
    for (const j of [...candidates].sort((a, b) => a - b)) {
      if (reports[j]!.id !== r.id && similarity(r.sig, reports[j]!.sig) >= threshold) {
        out.set(r.id, reports[j]!.id);
        break;
      }
    }
    // Only originals go into the buckets: a copy is compared with originals, never with other copies,
    // so a story syndicated a thousand times costs a thousand comparisons, not a million.
    if (out.has(r.id)) return;
    for (const key of keys) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  return out;
}
