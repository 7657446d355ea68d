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

/** Whether two signatures agree on every hash of band `b`. */
function sameBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let k = band * ROWS; k < (band + 1) * ROWS; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Copies among reports given by id and signature, in canonical order: copy id → the first original
 * it copies. The reports before `from` were compared before and `known` holds those of them that
 * are copies: they are not compared again, their originals only put into the buckets.
 */
export function duplicatesBySignature(reports: readonly { readonly id: string; readonly sig: Uint32Array }[], threshold = 0.8,
  from = 0, known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  // A bucket is keyed by its band and the band's first hash, one exact number rather than a string
  // per band and report; the band's other hashes are compared when the bucket is read.
  const buckets = new Map<number, number[]>();
  const out = new Map<string, string>();
  // seen[j] === i + 1 once original j has been compared with report i.
  const seen = new Int32Array(reports.length);
  reports.forEach((r, i) => {
    let first = -1;
    if (i < from && known.has(r.id)) {
      out.set(r.id, known.get(r.id)!);
      return;
    }
    for (let b = 0; b < BANDS && i >= from; b++) {
      for (const j of buckets.get(b * 2 ** 32 + r.sig[b * ROWS]!) ?? []) {
        // Buckets list originals in order: past the first match found, none can come before it.
        if (first !== -1 && j > first) break;
        if (seen[j] === i + 1 || !sameBand(r.sig, reports[j]!.sig, b)) continue;
        seen[j] = i + 1;
        if (reports[j]!.id !== r.id && similarity(r.sig, reports[j]!.sig) >= threshold) first = j;
      }
    }
    if (first !== -1) {
      out.set(r.id, reports[first]!.id);
      return;
    }
    // Only originals go into the buckets: a copy is compared with originals, never with other copies,
    // so a story syndicated a thousand times costs a thousand comparisons, not a million.
    for (let b = 0; b < BANDS; b++) {
      const key = b * 2 ** 32 + r.sig[b * ROWS]!;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  return out;
}
