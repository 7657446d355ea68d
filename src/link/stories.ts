/**
 * Stories: when the input mixes several stories, reports are grouped by the
 * named things they share. One pass in publication order, as news trackers
 * do: each report joins the story whose named things it shares most, found
 * through an index from name to stories, so the cost grows with the reports,
 * never with their pairs. A syndicated copy joins its original's story.
 */
import type { Doc } from '../model/doc.js';
import type { EntityType } from '../model/mention.js';
import type { NameCount, StoryKeys } from '../model/story.js';
import { linkNameOf, nameLinker } from './entities.js';
import { encodeSignature, reportSignature } from './near-duplicate.js';

export interface StoryCluster {
  readonly id: string;
  /** The names most reports of the story share, most shared first. */
  readonly label: string;
  readonly reports: readonly string[];
}

/** How many of a report's most-named things stand for it. */
const SIGNATURE = 12;
/** A report joins a story when it shares this many names with it (all of them, when either side names fewer). */
const SHARED = 3;
/** A story that has been quiet this long is not the one a new report continues. */
const QUIET_DAYS = 45;
/**
 * Only a story's core names count towards joining it: those in at least this share of its reports.
 * A big story collects many passing names; matching on them would let it swallow unrelated reports.
 */
const CORE = 0.25;
const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'group', 'place', 'facility', 'law']);
const DAY = 86400000;

/** A report as grouping sees it: its id, publication date and named things. */
export interface Clusterable {
  readonly id: string;
  readonly published: string | null;
  readonly names: readonly NameCount[];
}

/** Counts names by what they are and how they are written, in order of first mention. */
function countNames(names: Iterable<NameCount>): NameCount[] {
  const counts = new Map<string, [string, EntityType, number, string, boolean]>();
  for (const [canonical, type, n, text, openerOnly] of names) {
    const key = `${type}\u0000${canonical}\u0000${text}\u0000${openerOnly}`;
    const had = counts.get(key);
    if (had) had[2] += n;
    else counts.set(key, [canonical, type, n, text, openerOnly]);
  }
  return [...counts.values()];
}

/** A document's names, as grouping and linking across reports read them. */
export function clusterable(doc: Doc): Clusterable {
  const names = (doc.entity ?? []).map((e) => {
    const n = linkNameOf(e);
    return [n.canonical, n.type, 1, n.text, n.openerOnly] as const;
  });
  return { id: doc.report.id, published: doc.report.meta.published, names: countNames(names) };
}

/** The keys stored beside a document's line. */
export function storyKeys(doc: Doc): StoryKeys {
  return { ...clusterable(doc), title: doc.report.meta.title, minhash: encodeSignature(reportSignature(doc.report)) };
}

/** Reports' names linked across them, as `linkEntitiesAcross` links their documents' mentions. */
export function linkNames<T extends Clusterable>(items: readonly T[]): T[] {
  const asLink = ([canonical, type, , text, openerOnly]: NameCount) => ({ canonical, type, text, openerOnly });
  const link = nameLinker((function* () {
    for (const it of items) for (const n of it.names) for (let i = 0; i < n[2]; i++) yield asLink(n);
  })());
  return items.map((it) => ({
    ...it,
    names: countNames(it.names.flatMap((n) => {
      const r = link(asLink(n));
      return r ? [[r.canonical, r.type, n[2], n[3], n[4]] as const] : [];
    })),
  }));
}

/** A report's most-named things, lowercased canonical names, most mentions first. */
function storySignature(names: readonly NameCount[], display: Map<string, string>): string[] {
  const counts = new Map<string, number>();
  for (const [canonical, type, n] of names) {
    if (!NAMED.has(type) || canonical.startsWith('@')) continue;
    const key = canonical.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + n);
    if (!display.has(key)) display.set(key, canonical);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, SIGNATURE).map(([k]) => k);
}

interface Draft { id: string; names: Map<string, number>; reports: string[]; last: number }

const dayOf = (item: Clusterable) => {
  const t = Date.parse((item.published ?? '').slice(0, 10));
  return Number.isNaN(t) ? null : t;
};

/**
 * Groups reports into stories; `items` should be in canonical (publication) order, their names
 * linked across them (`linkNames`, or `clusterable` of linked documents).
 */
export function clusterStories(items: readonly Clusterable[], duplicates: ReadonlyMap<string, string>): { stories: StoryCluster[]; storyOf: Map<string, string> } {
  const drafts: Draft[] = [];
  const byName = new Map<string, Draft[]>();
  const storyOf = new Map<string, string>();
  const join = (d: Draft, item: Clusterable, sig: readonly string[]) => {
    d.reports.push(item.id);
    storyOf.set(item.id, d.id);
    d.last = Math.max(d.last, dayOf(item) ?? d.last);
    for (const n of sig) {
      if (!d.names.has(n)) (byName.get(n) ?? byName.set(n, []).get(n)!).push(d);
      d.names.set(n, (d.names.get(n) ?? 0) + 1);
    }
  };
  const byId = new Map<string, Draft>();
  const display = new Map<string, string>();
  for (const item of items) {
    const sig = storySignature(item.names, display);
    const original = duplicates.get(item.id);
    const copied = original ? byId.get(storyOf.get(original) ?? '') : undefined;
    if (copied) {
      join(copied, item, sig);
      continue;
    }
    const day = dayOf(item);
    const shared = new Map<Draft, number>();
    for (const n of sig) {
      for (const d of byName.get(n) ?? []) if (d.names.get(n)! >= CORE * d.reports.length) shared.set(d, (shared.get(d) ?? 0) + 1);
    }
    let best: Draft | null = null;
    let bestShared = 0;
    for (const [d, n] of shared) {
      // Short reports name few things: sharing all but one of the smaller side's names (at least two) is enough.
      const smaller = Math.min(sig.length, d.names.size);
      if (n < Math.min(SHARED, smaller <= 2 ? smaller : Math.max(2, smaller - 1)) || (day !== null && day - d.last > QUIET_DAYS * DAY)) continue;
      if (n > bestShared || (n === bestShared && best && d.reports.length > best.reports.length)) {
        best = d;
        bestShared = n;
      }
    }
    // A report that names nothing cannot be placed by names: it continues the story in hand.
    if (!best && sig.length === 0 && drafts.length) best = drafts.at(-1)!;
    if (!best) {
      best = { id: `s${drafts.length + 1}`, names: new Map(), reports: [], last: day ?? -Infinity };
      drafts.push(best);
      byId.set(best.id, best);
    }
    join(best, item, sig);
  }
  const stories = drafts.map((d) => ({
    id: d.id,
    label: [...d.names].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n]) => display.get(n) ?? n).join(' / '),
    reports: d.reports,
  }));
  return { stories, storyOf };
}

