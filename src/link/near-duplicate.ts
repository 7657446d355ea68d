/**
 * Near-duplicates: MinHash over word 5-shingles with LSH banding, so only
 * reports that share a band are compared (near-linear, never all pairs). A
 * syndicated copy is marked as a copy of the first report it copies.
 */
import type { Report } from '../model/report.js';
import { grown } from './grow.js';

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

/** `threshold`: the run's `duplicateThreshold` (its one default is in core/options.ts). */
export function findDuplicates(reports: readonly Report[], threshold: number): Map<string, string> {
  return duplicatesBySignature(reports.map((r) => ({ id: r.id, sig: reportSignature(r) })), threshold);
}

/**
 * The originals seen so far, for finding what a later report copies: their signatures end to end in
 * one typed array and their LSH buckets in an open-addressed table of typed arrays, so an original
 * costs under 1 KB however many there are (a Map of arrays cost about 3 KB). A bucket is a band and
 * that band's first hash (its other hashes are compared when it is read); its chain lists the
 * originals in it, latest first.
 */
export class DuplicateIndex {
  private sigs = new Uint32Array(HASHES * 256);
  /** next[o * BANDS + b]: the original before o in o's bucket of band b, plus one (0: none). */
  private next = new Int32Array(BANDS * 256);
  /** Each slot: the latest original of a bucket, plus one (0: empty), and the bucket's band. */
  private slots = new Int32Array(1024);
  private bands = new Uint8Array(1024);
  private count = 0;
  /** seen[o] === checks once original o has been compared with the report being checked. */
  private seen = new Int32Array(256);
  private checks = 0;

  constructor(private readonly threshold: number) {}

  /** The earliest original that `sig` copies, or -1 (originals are numbered in the order added); `skip` passes over some. */
  check(sig: Uint32Array, skip?: (original: number) => boolean): number {
    this.checks++;
    let first = -1;
    for (let b = 0; b < BANDS; b++) {
      for (let o = this.slots[this.find(b, sig[b * ROWS]!)]! - 1; o !== -1; o = this.next[o * BANDS + b]! - 1) {
        // Chains run latest first: only an original earlier than the one found can change the answer.
        if ((first !== -1 && o >= first) || this.seen[o] === this.checks || !this.agrees(sig, o, b * ROWS, (b + 1) * ROWS)) continue;
        this.seen[o] = this.checks;
        if (!skip?.(o) && this.agrees(sig, o, 0, HASHES, this.threshold)) first = o;
      }
    }
    return first;
  }

  /** Adds an original, numbered the next. */
  add(sig: Uint32Array): void {
    const o = this.count++;
    this.sigs = grown(this.sigs, this.count * HASHES);
    this.next = grown(this.next, this.count * BANDS);
    this.seen = grown(this.seen, this.count);
    this.sigs.set(sig, o * HASHES);
    // At most half the slots full, so probes stay short.
    if (this.count * BANDS * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    for (let b = 0; b < BANDS; b++) {
      const slot = this.find(b, sig[b * ROWS]!);
      this.next[o * BANDS + b] = this.slots[slot]!;
      this.slots[slot] = o + 1;
      this.bands[slot] = b;
    }
  }

  /** The slot of band `band`'s bucket for first hash `hash`: where it is, or the empty slot where it goes. */
  private find(band: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = (Math.imul(hash ^ Math.imul(band + 1, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
    for (;;) {
      const o = this.slots[slot]! - 1;
      if (o === -1 || (this.bands[slot] === band && this.sigs[o * HASHES + band * ROWS] === hash)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private rehash(size: number): void {
    const [slots, bands] = [this.slots, this.bands];
    this.slots = new Int32Array(size);
    this.bands = new Uint8Array(size);
    for (let s = 0; s < slots.length; s++) {
      const o = slots[s]! - 1;
      if (o === -1) continue;
      const slot = this.find(bands[s]!, this.sigs[o * HASHES + bands[s]! * ROWS]!);
      this.slots[slot] = o + 1;
      this.bands[slot] = bands[s]!;
    }
  }

  /**
   * Whether `sig` and original o agree on hashes [from, to): on all of them, or with `share` on at
   * least that share of them.
   */
  private agrees(sig: Uint32Array, o: number, from: number, to: number, share = 1): boolean {
    let same = 0;
    for (let k = from; k < to; k++) if (sig[k] === this.sigs[o * HASHES + k]) same++;
    return same >= share * (to - from);
  }
}

/** Band `band`'s bucket of `sig` as one exact number: the band, then its first hash. */
const bucketKey = (band: number, sig: Uint32Array) => band * 2 ** 32 + sig[band * ROWS]!;

/**
 * The buckets some reports fall in: an original that falls in none of them cannot be what one of
 * those reports copies, so it need not be indexed. Kept as one sorted typed array, 256 bytes a report.
 */
export class BandSet {
  private keys = new Float64Array(BANDS * 16);
  private size = 0;
  private sorted = true;

  add(sig: Uint32Array): void {
    this.keys = grown(this.keys, this.size + BANDS);
    for (let b = 0; b < BANDS; b++) this.keys[this.size++] = bucketKey(b, sig);
    this.sorted = false;
  }

  /** Whether `sig` shares a bucket with a report added. */
  shares(sig: Uint32Array): boolean {
    if (!this.sorted) {
      this.keys = this.keys.slice(0, this.size).sort();
      this.sorted = true;
    }
    for (let b = 0; b < BANDS; b++) {
      const key = bucketKey(b, sig);
      let lo = 0;
      let hi = this.size;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.keys[mid]! < key) lo = mid + 1;
        else hi = mid;
      }
      if (lo < this.size && this.keys[lo] === key) return true;
    }
    return false;
  }
}

/**
 * Copies among reports given by id and signature, in canonical order: copy id → the first original
 * it copies. The reports before `from` were compared before and `known` holds those of them that
 * are copies: they are not compared again, their originals only put into the index.
 */
export function duplicatesBySignature(reports: readonly { readonly id: string; readonly sig: Uint32Array }[], threshold: number,
  from = 0, known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const index = new DuplicateIndex(threshold);
  const originals: string[] = [];
  const out = new Map<string, string>();
  reports.forEach((r, i) => {
    // A report given twice is not a copy of itself.
    const copies = i < from ? known.get(r.id) : originals[index.check(r.sig, (o) => originals[o] === r.id)];
    if (copies !== undefined) out.set(r.id, copies);
    // Only originals are indexed: a copy is compared with originals, never with other copies, so a
    // story syndicated a thousand times costs a thousand comparisons, not a million.
    else {
      index.add(r.sig);
      originals.push(r.id);
    }
  });
  return out;
}
