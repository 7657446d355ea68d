/**
 * The quote ledger: the same words quoted by several outlets, grouped under
 * their speaker, each occurrence marked with how its wording differs.
 */
import type { Doc } from '../model/doc.js';
import type { QuoteEntry, QuoteOccurrence } from '../model/story.js';

const norm = (s: string) => s.toLowerCase().replace(/\[[^\]]*\]/g, ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

function difference(base: string, other: string): string {
  if (other === base) return 'same';
  if (/\[[^\]]+\]/.test(other)) return 'bracketed';
  const a = norm(base).join(' ');
  const b = norm(other).join(' ');
  if (a === b) return 'punctuation';
  if (a.includes(b) || b.includes(a)) return 'trimmed';
  return 'paraphrase';
}

function overlap(a: string[], b: string[]): number {
  const sa = new Set(a);
  const shared = b.filter((w) => sa.has(w)).length;
  return shared / Math.max(1, Math.min(a.length, b.length));
}

export function quoteLedger(docs: readonly Doc[], duplicates: ReadonlyMap<string, string>): QuoteEntry[] {
  const groups: { speaker: string; words: string[]; text: string; occ: QuoteOccurrence[] }[] = [];
  for (const d of docs) {
    if (duplicates.has(d.report.id)) continue;
    for (const q of d.quote ?? []) {
      const speaker = q.speaker ?? q.speakerText ?? 'unattributed';
      const words = norm(q.text);
      if (words.length < 2) continue;
      const g = groups.find((x) => x.speaker === speaker && overlap(x.words, words) >= 0.6);
      const occ = { report: d.report.id, start: q.start, end: q.end, text: q.text, difference: '' };
      if (g) {
        g.occ.push(occ);
        if (words.length > g.words.length) { g.words = words; g.text = q.text; }
      } else groups.push({ speaker, words, text: q.text, occ: [occ] });
    }
  }
  return groups.map((g) => ({ speaker: g.speaker, text: g.text, occurrences: g.occ.map((o) => ({ ...o, difference: difference(g.text, o.text) })) }));
}
