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
import { foldAccents, linkNameOf, nameLinker, type Linker } from './entities.js';
import { grown } from './grow.js';
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
/** Two stories of the same weeks are one when they share this many core names (a report joins one on SHARED)... */
const MERGE_SHARED = SHARED + 2;
/** A quiet story is taken up again by a report sharing this many of its core names... */
const RESUME_SHARED = SHARED + 1;
/** ...looked for only through names at most this many quiet stories share, within this many days of its last report. */
const QUIET_SCAN = 64;
const RESUME_DAYS = 120;
/** ...counting only names that few stories share (not a country or a platform every story names). */
const MERGE_CANDIDATES = 200;
const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'group', 'place', 'facility', 'law']);
const DAY = 86400000;
/** Days within which a lone report rejoins the story it shares a name with no other story has. */
const LONE_DAYS = 3;

/** A report as grouping sees it: its id, publication date, outlet and named things. */
export interface Clusterable {
  readonly id: string;
  readonly published: string | null;
  /** Absent from keys stored before outlets were kept. */
  readonly outlet?: string | null;
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
  return { id: doc.report.id, published: doc.report.meta.published, outlet: doc.report.meta.outlet, names: countNames(names) };
}

/** The keys stored beside a document's line. */
export function storyKeys(doc: Doc): StoryKeys {
  return { ...clusterable(doc), title: doc.report.meta.title, minhash: encodeSignature(reportSignature(doc.report)) };
}

const asLink = ([canonical, type, , text, openerOnly]: NameCount) => ({ canonical, type, text, openerOnly });

/**
 * Many reports' names kept as numbers: each distinct name once, and each report's names as (name,
 * mentions) pairs end to end in one typed array, about 0.1 KB a report. Names are linked across
 * all the reports as `linkEntitiesAcross` links their documents' mentions, each distinct name
 * resolved once.
 */
export class NameBook {
  private readonly ids = new Map<string, number>();
  private readonly distinct: NameCount[] = [];
  private readonly totals: number[] = [];
  private pairs = new Int32Array(4096);
  private used = 0;
  /** Where each report's pairs start, by its number; the last entry is where the next report's would. */
  private starts: number[] = [0];

  /** Adds a report's names; reports are numbered in the order added. */
  add(names: readonly NameCount[]): void {
    this.pairs = grown(this.pairs, this.used + 2 * names.length);
    for (const n of names) {
      const key = `${n[0]}\u0000${n[1]}\u0000${n[3]}\u0000${n[4]}`;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.distinct.push(n) - 1;
        this.ids.set(key, id);
        this.totals.push(0);
      }
      this.totals[id] = this.totals[id]! + n[2];
      this.pairs[this.used++] = id;
      this.pairs[this.used++] = n[2];
    }
    this.starts.push(this.used);
  }

  /**
   * Each report's names linked across all reports added, by its number. `order` lists the reports
   * in canonical order: where two names compete (two long forms of one abbreviation), the one
   * written first wins, as when documents are linked.
   */
  linked(order: Iterable<number>): (report: number) => NameCount[] {
    const to = this.linkAll(order);
    // Every report is added before linking: the keys that found a name's number are needed no more.
    this.ids.clear();
    return (r) => {
      const out: NameCount[] = [];
      for (let k = this.starts[r]!; k < this.starts[r + 1]!; k += 2) {
        const n = this.distinct[this.pairs[k]!]!;
        const l = to[this.pairs[k]!];
        if (l) out.push([l.canonical, l.type, this.pairs[k + 1]!, n[3], n[4]]);
      }
      return countNames(out);
    };
  }

  /** What each distinct name links to; the linker is not kept once they are linked. */
  private linkAll(order: Iterable<number>): ReturnType<Linker>[] {
    const linker = nameLinker();
    const added = new Uint8Array(this.distinct.length);
    for (const r of order) {
      for (let k = this.starts[r]!; k < this.starts[r + 1]!; k += 2) {
        const id = this.pairs[k]!;
        if (added[id]) continue;
        added[id] = 1;
        linker.add(asLink(this.distinct[id]!), this.totals[id]!);
      }
    }
    return this.distinct.map((n) => linker.link(asLink(n)));
  }
}

/** Reports' names linked across them, as `linkEntitiesAcross` links their documents' mentions. */
export function linkNames<T extends Clusterable>(items: readonly T[]): T[] {
  const book = new NameBook();
  for (const it of items) book.add(it.names);
  const linked = book.linked(items.keys());
  return items.map((it, i) => ({ ...it, names: linked(i) }));
}

interface Draft {
  index: number;
  names: Map<string, number>;
  reports: number[];
  first: number;
  last: number;
  /** Names whose list of stories it was moved off, as quiet. */
  quietIn: string[];
}

const dayOf = (published: string | null) => {
  const t = Date.parse((published ?? '').slice(0, 10));
  return Number.isNaN(t) ? null : t;
};

/** A story as grouping found it: its reports by the order they were added. */
export interface Grouped {
  /** The names most reports of the story share, most shared first. */
  readonly label: string;
  readonly reports: readonly number[];
  /** The story numbers `add` gave its reports (two, when one story had started twice). */
  readonly drafts: readonly number[];
}

/** A story's core names: those in at least CORE of its reports. */
function coreNames(d: Draft): Set<string> {
  return new Set([...d.names].filter(([, n]) => n >= CORE * d.reports.length).map(([k]) => k));
}

/**
 * Groups reports into stories one at a time, in canonical (publication) order, their names linked
 * across all of them. What it keeps grows with the stories and their names, not with the reports:
 * a report is known by the order it was added.
 */
export class StoryGrouper {
  private readonly drafts: Draft[] = [];
  /**
   * The stories naming each name. A story quiet for QUIET_DAYS before the report in hand is moved
   * to `quietByName`: reports come in date order, so no later dated report continues it, and a
   * name that a thousand stories share (a platform, a country) costs only the stories still going.
   */
  private readonly byName = new Map<string, Draft[]>();
  private readonly quietByName = new Map<string, Draft[]>();
  /** The latest day of the reports added so far. */
  private latest = -Infinity;
  private readonly display = new Map<string, string>();
  /** The story of each report added, by the order added. */
  private storyAt = new Int32Array(1024);
  private count = 0;

  /**
   * Adds the next report; `copyOf` is the earlier report it is a near-copy of (by the order added),
   * or -1. Returns its story's number.
   */
  add(published: string | null, names: readonly NameCount[], copyOf: number, outlet: string | null = null): number {
    const { keys: sig, typed } = this.signature(names, outlet);
    const day = dayOf(published);
    let best = copyOf === -1 || copyOf >= this.count ? null : this.drafts[this.storyAt[copyOf]!]!;
    let bestShared = 0;
    if (!best) {
      // An undated report, or one dated before a report already added, may continue a quiet story too.
      const dated = day !== null && day >= this.latest;
      const shared = new Map<Draft, number>();
      for (const n of sig) {
        if (dated) this.moveQuiet(n, day);
        const quiet = this.quietByName.get(n);
        // A dated report looks among quiet stories only by names few of them share, and rejoins one only on
        // RESUME_SHARED of its core names within RESUME_DAYS (a follow-up: the lawsuit months after the outage).
        const lists = dated ? [this.byName.get(n), quiet && quiet.length <= QUIET_SCAN ? quiet : undefined] : [this.byName.get(n), quiet];
        for (const list of lists) {
          for (const d of list ?? []) if (d.names.get(n)! >= CORE * d.reports.length) shared.set(d, (shared.get(d) ?? 0) + 1);
        }
      }
      for (const [d, n] of shared) {
        // Short reports name few things: sharing all but one of the smaller side's names (at least two) is enough.
        // Untyped names may be shared, but they never raise how many must be.
        const smaller = Math.min(Math.max(typed, 1), d.names.size);
        if (n < Math.min(SHARED, smaller <= 2 ? smaller : Math.max(2, smaller - 1))) continue;
        if (day !== null && day - d.last > QUIET_DAYS * DAY && (n < RESUME_SHARED || day - d.last > RESUME_DAYS * DAY)) continue;
        if (n > bestShared || (n === bestShared && best && d.reports.length > best.reports.length)) {
          best = d;
          bestShared = n;
        }
      }
    }
    // A report that names nothing cannot be placed by names: it continues the story in hand.
    if (!best && sig.length === 0 && this.drafts.length) best = this.drafts.at(-1)!;
    if (!best) {
      best = { index: this.drafts.length, names: new Map(), reports: [], first: day ?? Infinity, last: day ?? -Infinity, quietIn: [] };
      this.drafts.push(best);
    }
    this.storyAt = grown(this.storyAt, this.count + 1);
    this.storyAt[this.count] = best.index;
    best.reports.push(this.count++);
    best.first = Math.min(best.first, day ?? best.first);
    best.last = Math.max(best.last, day ?? best.last);
    this.latest = Math.max(this.latest, day ?? this.latest);
    // A quiet story continued (by a copy, or by a report dated before the latest) is going again.
    if (best.quietIn.length && this.latest - best.last <= QUIET_DAYS * DAY) {
      for (const n of best.quietIn) {
        const quiet = this.quietByName.get(n)!;
        quiet.splice(quiet.indexOf(best), 1);
        this.byName.get(n)!.push(best);
      }
      best.quietIn = [];
    }
    for (const n of sig) {
      if (!best.names.has(n)) (this.byName.get(n) ?? this.byName.set(n, []).get(n)!).push(best);
      best.names.set(n, (best.names.get(n) ?? 0) + 1);
    }
    return best.index;
  }

  /** Moves the stories naming `n` that have been quiet for QUIET_DAYS before `day` to its quiet list, keeping the order of the rest. */
  private moveQuiet(n: string, day: number): void {
    const list = this.byName.get(n);
    if (!list) return;
    let kept = 0;
    for (const d of list) {
      if (day - d.last > QUIET_DAYS * DAY) {
        (this.quietByName.get(n) ?? this.quietByName.set(n, []).get(n)!).push(d);
        d.quietIn.push(n);
      } else list[kept++] = d;
    }
    list.length = kept;
  }

  /**
   * The stories, in the order their first reports were added. One pass places a report by the
   * stories before it, so one story can start twice (its first reports named few of the names its
   * later ones share): two stories of the same weeks that share MERGE_SHARED core names are one.
   */
  stories(): Grouped[] {
    const into = this.drafts.map((d) => d.index);
    const find = (i: number): number => (into[i] === i ? i : (into[i] = find(into[i]!)));
    const cores = this.drafts.map((d) => coreNames(d));
    const byName = new Map<string, number[]>();
    cores.forEach((core, i) => { for (const n of core) (byName.get(n) ?? byName.set(n, []).get(n)!).push(i); });
    this.drafts.forEach((d, i) => {
      const shared = new Map<number, number>();
      for (const n of cores[i]!) {
        const list = byName.get(n)!;
        if (list.length > MERGE_CANDIDATES) continue;
        for (const j of list) if (j < i) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
      // A lone report that names few things (a live blog's short entries, a follow-up) rejoins the one
      // story it shares a name no other story has, within days: alone it is no story of its own.
      const lone = d.reports.length === 1 && shared.size === 1 && [...cores[i]!].some((n) => byName.get(n)!.length === 2);
      for (const [j, n] of [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
        const other = this.drafts[j]!;
        const apart = Math.max(d.first - other.last, other.first - d.last);
        // An undated report is near any day.
        const near = d.first === Infinity || apart <= LONE_DAYS * DAY;
        if (!(lone && near) && (n < MERGE_SHARED || apart > QUIET_DAYS * DAY)) continue;
        into[find(i)] = find(j);
        break;
      }
    });
    const groups = new Map<number, { drafts: number[]; reports: number[]; names: Map<string, number> }>();
    this.drafts.forEach((d, i) => {
      const root = find(i);
      const g = groups.get(root) ?? groups.set(root, { drafts: [], reports: [], names: new Map() }).get(root)!;
      g.drafts.push(i);
      g.reports.push(...d.reports);
      for (const [n, c] of d.names) g.names.set(n, (g.names.get(n) ?? 0) + c);
    });
    return [...groups.values()].map((g) => ({
      label: [...g.names].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n]) => this.display.get(n) ?? n).join(' / '),
      reports: g.reports.sort((a, b) => a - b),
      drafts: g.drafts,
    }));
  }

  /**
   * A report's most-named things, lowercased canonical names, most mentions first. Its own outlet
   * is not one: an agency's dateline ("(Continental Press)") tells who wrote it, not what about.
   */
  private signature(names: readonly NameCount[], outlet: string | null): { keys: string[]; typed: number } {
    const counts = new Map<string, number>();
    const untyped = new Map<string, number>();
    const own = outlet ? foldAccents(outlet) : undefined;
    for (const [canonical, type, n] of names) {
      // Accents folded: "Vučić" and "Vucic" are one name.
      const key = foldAccents(canonical);
      // A name no type was found for counts when the report repeats it ("Labour", "CrowdStrike"), not a stray capital ("Oct").
      const into = NAMED.has(type) ? counts : type === 'other' && n >= 2 ? untyped : null;
      if (!into || canonical.startsWith('@') || key === own) continue;
      into.set(key, (into.get(key) ?? 0) + n);
      if (!this.display.has(key)) this.display.set(key, canonical);
    }
    // Typed names first; repeated untyped ones fill what is left of the signature.
    const byCount = (m: Map<string, number>) => [...m].filter(([k]) => m !== untyped || !counts.has(k)).sort((a, b) => b[1] - a[1]).map(([k]) => k);
    const typed = byCount(counts).slice(0, SIGNATURE);
    return { keys: [...typed, ...byCount(untyped)].slice(0, SIGNATURE), typed: typed.length };
  }
}

/**
 * Groups reports into stories; `items` should be in canonical (publication) order, their names
 * linked across them (`linkNames`, or `clusterable` of linked documents).
 */
export function clusterStories(items: readonly Clusterable[], duplicates: ReadonlyMap<string, string>): { stories: StoryCluster[]; storyOf: Map<string, string> } {
  const grouper = new StoryGrouper();
  const at = new Map<string, number>();
  items.forEach((item, i) => {
    const original = duplicates.get(item.id);
    grouper.add(item.published, item.names, original === undefined ? -1 : at.get(original) ?? -1, item.outlet ?? null);
    at.set(item.id, i);
  });
  const storyOf = new Map<string, string>();
  const stories = grouper.stories().map((g, k) => {
    const reports = g.reports.map((i) => items[i]!.id);
    for (const id of reports) storyOf.set(id, `s${k + 1}`);
    return { id: `s${k + 1}`, label: g.label, reports };
  });
  return { stories, storyOf };
}
