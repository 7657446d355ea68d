/**
 * Linking the lines `extract` spilled: a line's names are linked once every report is read. A spilled
 * line is `JSON.stringify` of its ExtractLine; only its entity and quote mentions are parsed back, and
 * only the mentions linking changes are written again.
 */
import type { ExtractLine, MentionJson } from '../../model/record.js';
import type { Linker } from '../../link/entities.js';
import { OPENER_ONLY } from '../../annotate/entity/refiners/sentence-opener-refiner.js';

/**
 * Each of `mentions` as linking across reports leaves it, in its place (null: no name at all, dropped),
 * as `linkEntitiesAcross` links documents; null when linking changes nothing.
 */
function linkMentions(mentions: readonly MentionJson[], link: Linker): (MentionJson | null)[] | null {
  const out: (MentionJson | null)[] = [];
  const canon = new Map<string, string>();
  let changed = false;
  for (const m of mentions) {
    if (m.kind !== 'entity') {
      out.push(m);
      continue;
    }
    const r = link({ text: m.text, canonical: m.canonical, type: m.type, openerOnly: (m.via ?? []).includes(OPENER_ONLY) });
    changed ||= !r || r.canonical !== m.canonical || r.type !== m.type;
    if (!r) {
      out.push(null);
      continue;
    }
    const linked = r.canonical === m.canonical && r.type === m.type ? m : { ...m, ...r };
    out.push(linked);
    canon.set(linked.text, linked.canonical);
  }
  // A quote's speaker is the name its words link to, wherever the name stands in the line.
  out.forEach((m, i) => {
    const name = m?.kind === 'quote' && m.speakerText ? canon.get(m.speakerText) : undefined;
    if (m?.kind !== 'quote' || !name) return;
    changed ||= name !== m.speaker;
    out[i] = { ...m, speaker: name };
  });
  return changed ? out : null;
}

/** A line with its names linked across all reports; `line` itself when linking changes nothing. */
export function linkLine(line: ExtractLine, link: Linker): ExtractLine {
  const linked = linkMentions(line.mentions, link);
  return linked ? { ...line, mentions: linked.filter((m): m is MentionJson => m !== null) } : line;
}

const MENTIONS = ',"mentions":[';
/**
 * Where one mention ends and the next begins. JSON writes every `"` inside a string as `\"`, so these
 * characters are never inside a value, and a mention holds no object of its own.
 */
const NEXT_MENTION = '},{"kind":"';
const LINKED_KINDS = ['{"kind":"entity"', '{"kind":"quote"'];

/**
 * `JSON.stringify(linkLine(line))` for the `JSON.stringify(line)` that was spilled, without parsing the
 * line: the mentions are cut at their boundaries, and only the entities and quotes are parsed.
 */
export function linkSpilled(json: string, link: Linker): string {
  const open = json.indexOf(MENTIONS) + MENTIONS.length;
  // The mentions are the line's last field: `]}` closes them and the line.
  const close = json.length - 2;
  const parts: string[] = [];
  const read: number[] = [];
  for (let at = open; at < close;) {
    const next = json.indexOf(NEXT_MENTION, at);
    const end = next < 0 ? close : next + 1;
    const part = json.slice(at, end);
    if (LINKED_KINDS.some((k) => part.startsWith(k))) read.push(parts.length);
    parts.push(part);
    at = end + 1;
  }
  const parsed = read.map((i) => JSON.parse(parts[i]!) as MentionJson);
  const linked = linkMentions(parsed, link);
  if (!linked) return json;
  const dropped = new Set<number>();
  read.forEach((i, k) => {
    const m = linked[k];
    if (m === null) dropped.add(i);
    else if (m !== parsed[k]) parts[i] = JSON.stringify(m);
  });
  return `${json.slice(0, open)}${parts.filter((_, i) => !dropped.has(i)).join(',')}]}`;
}
