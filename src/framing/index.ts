/**
 * Sourcing and framing per outlet: how much of what it says it asserts,
 * attributes or hedges; whose voices it quotes and at what length; which
 * outlets it cites; and the words it chooses for the people it counts,
 * aligned across outlets by the fact they count (not from a fixed term list).
 */
import type { Doc } from '../model/doc.js';
import type { QuantityMention } from '../model/mention.js';
import type { EventJson, OutletFraming, TermChoice } from '../model/record.js';

export type { OutletFraming, TermChoice };

export const outletName = (d: Doc): string => d.report.meta.outlet ?? d.report.source.replace(/^.*[\\/]/, '');

/** The outlets and agencies a report names as its sources. */
export function citesOf(doc: Doc): string[] {
  return [...new Set((doc.cue ?? []).filter((c) => c.function === 'citation' && c.source).map((c) => c.source!.replace(/[.,;:]+$/, '').trim()))];
}

export function framingByOutlet(docs: readonly Doc[], duplicates: ReadonlyMap<string, string>): OutletFraming[] {
  const by = new Map<string, Doc[]>();
  for (const d of docs) {
    if (duplicates.has(d.report.id)) continue;
    const list = by.get(outletName(d)) ?? [];
    list.push(d);
    by.set(outletName(d), list);
  }
  return [...by].map(([outlet, list]) => {
    const voice = { asserted: 0, attributed: 0, hedged: 0 };
    const quoted = new Map<string, { quotes: number; words: number }>();
    for (const d of list) {
      for (const c of d.claims ?? []) voice[c.voice]++;
      for (const q of d.quote ?? []) {
        const who = q.speaker ?? q.speakerText ?? 'unattributed';
        const q0 = quoted.get(who) ?? { quotes: 0, words: 0 };
        quoted.set(who, { quotes: q0.quotes + 1, words: q0.words + (q.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) });
      }
    }
    return {
      outlet,
      reports: list.map((d) => d.report.id),
      voice,
      quoted: [...quoted].map(([speaker, v]) => ({ speaker, ...v })).sort((a, b) => b.words - a.words),
      cites: [...new Set(list.flatMap(citesOf))],
    };
  });
}

/** For each counted fact reported by two or more outlets, the words each outlet used for what it counts. */
export function termChoices(events: readonly EventJson[], docs: readonly Doc[]): TermChoice[] {
  const docById = new Map(docs.map((d) => [d.report.id, d]));
  // Each report's quantity mentions by span, made once when first asked for: a search of the report's
  // mentions for every value made a long report's record cost the square of its length.
  const bySpan = new Map<string, Map<string, QuantityMention>>();
  const quantityAt = (d: Doc, start: number, end: number) => {
    let spans = bySpan.get(d.report.id);
    if (!spans) {
      spans = new Map();
      for (const q of d.quantity ?? []) if (!spans.has(`${q.start}:${q.end}`)) spans.set(`${q.start}:${q.end}`, q);
      bySpan.set(d.report.id, spans);
    }
    return spans.get(`${start}:${end}`);
  };
  const out: TermChoice[] = [];
  for (const e of events) {
    for (const f of e.facts) {
      if (!f.attribute.startsWith('count:')) continue;
      const terms: Record<string, string[]> = {};
      for (const v of f.values) {
        const d = docById.get(v.report);
        const q = d ? quantityAt(d, v.start, v.end) : undefined;
        if (!d || !q?.counted) continue;
        const list = (terms[outletName(d)] ??= []);
        if (!list.includes(q.counted)) list.push(q.counted);
      }
      if (Object.keys(terms).length >= 2) out.push({ fact: f.id, subject: f.subject, terms });
    }
  }
  return out;
}

/** The story's citation graph: an edge from each outlet to each outlet or agency it names as a source. */
export function citationGraph(outlets: readonly OutletFraming[]): { from: string; to: string }[] {
  return outlets.flatMap((o) => o.cites.map((to) => ({ from: o.outlet, to })));
}
