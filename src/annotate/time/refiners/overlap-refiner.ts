/**
 * The one place where a recognizer's times meet those found before it. Two
 * times never share a character: either the earlier reading stands
 * ("defer"), or the new one replaces what it overlaps ("override": a quarter
 * with its year over the year read alone), or it replaces the readings
 * inside it and otherwise defers ("replace-inside": "each Thursday" over
 * "Thursday").
 */
import type { TimeMention } from '../../../model/mention.js';
import { SpanIndex } from '../../common/span-index.js';

export type Placement = 'defer' | 'override' | 'replace-inside';

/** By start only: times that start together keep the order they were found in. */
const textOrder = (a: TimeMention, b: TimeMention) => a.start - b.start;
const overlap = (a: TimeMention, b: TimeMention) => a.start < b.end && b.start < a.end;

/** `found` kept, then each of `proposed` (in its order) that overlaps none of them nor one kept before it. */
function deferring(found: readonly TimeMention[], proposed: readonly TimeMention[]): TimeMention[] {
  const earlier = new SpanIndex(found);
  const kept: TimeMention[] = [];
  // Proposals mostly come in text order: then one overlaps a kept one exactly when it starts before the furthest end kept.
  let reach = -Infinity;
  let last = -Infinity;
  for (const p of proposed) {
    if (earlier.overlaps(p.start, p.end)) continue;
    if (p.start >= last ? p.start < reach : kept.some((k) => overlap(k, p))) continue;
    kept.push(p);
    reach = Math.max(reach, p.end);
    last = Math.max(last, p.start);
  }
  return [...found, ...kept];
}

/** Each of `proposed` in turn removes what it overlaps (or, replacing inside, what lies inside it) and is added. */
function replacing(found: readonly TimeMention[], proposed: readonly TimeMention[], inside: boolean): TimeMention[] {
  const out = [...found];
  for (const p of proposed) {
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i]!;
      if (inside ? o.start >= p.start && o.end <= p.end : overlap(o, p)) out.splice(i, 1);
    }
    if (!inside || !out.some((o) => overlap(o, p))) out.push(p);
  }
  return out;
}

/** `found` and `proposed` joined by `placement`, in text order. */
export function place(found: readonly TimeMention[], proposed: readonly TimeMention[], placement: Placement): TimeMention[] {
  if (proposed.length === 0) return [...found];
  const out = placement === 'defer' ? deferring(found, proposed) : replacing(found, proposed, placement === 'replace-inside');
  return out.sort(textOrder);
}
