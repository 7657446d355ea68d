/**
 * Vague references to the present, past and future (TimeML's PRESENT_REF,
 * PAST_REF, FUTURE_REF): "these days", "recently", "the near future",
 * "current", "in the past". The words live in lexicon/time-refs.json; a word
 * listed there under `notBefore` stops one ("current quarter", "current
 * prices", "the future of the town" are something else), and so does a count
 * after "the …" ("the past three months" is a duration). "recent years",
 * "recent weeks", "the weeks ahead" are an unspecified amount of the unit:
 * DURATION PXY, PXW.
 */
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { timeMention } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { keyedPattern, TIME_UNIT, type KeyedPattern } from '../keyed-pattern.js';

interface RefLexicon {
  readonly PRESENT_REF: readonly string[]; readonly PAST_REF: readonly string[]; readonly FUTURE_REF: readonly string[];
  readonly notBefore: readonly string[]; readonly counts: readonly string[];
}

/** The vague amounts, read from their unit (at most the third word). */
export const RECENT_UNITS = keyedPattern(/\b(?:in |of )?(recent|coming) (years|months|weeks|days)\b/gi, TIME_UNIT, { words: 3 });
export const UNITS_AHEAD = keyedPattern(/\bthe (years|months|weeks|days) ahead\b/gi, TIME_UNIT, { words: 2 });
const UNIT: Record<string, string> = { years: 'Y', months: 'M', weeks: 'W', days: 'D' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CompiledRefs { readonly re: KeyedPattern; readonly value: Map<string, string>; readonly notBefore: ReadonlySet<string>; readonly counts: ReadonlySet<string> }

function compileRefs(): CompiledRefs {
  const lex = lexicon<RefLexicon>('time-refs');
  const value = new Map<string, string>();
  for (const kind of ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'] as const) for (const w of lex[kind]) value.set(w.toLowerCase(), kind);
  // Longest first, so "the near future" wins over "the future".
  const words = [...value.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Each its own key: the words found with all keys in one pass, then read where they are.
  const key = new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
  return { re: keyedPattern(new RegExp(key.source, 'gi'), key, { words: 1 }), value, notBefore: new Set(lex.notBefore.map((w) => w.toLowerCase())), counts: new Set(lex.counts.map((w) => w.toLowerCase())) };
}

export const refsPattern = (): KeyedPattern => fromLexicons('time-refs-compiled', compileRefs).re;

export interface VagueFound { readonly start: number; readonly end: number; readonly type: 'DATE' | 'DURATION'; readonly value: string; readonly via: string }

/** The vague references of a report's `body`, at their offsets in it. */
export function vagueRefs(body: string): VagueFound[] {
  const { re, value, notBefore, counts } = fromLexicons('time-refs-compiled', compileRefs);
  const out: VagueFound[] = [];
  for (const m of RECENT_UNITS.matches(body)) {
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length - 1;
    out.push({ start, end: m.index + m[0].length, type: 'DURATION', value: `PX${UNIT[m[2]!.toLowerCase()]}`, via: 'recognizer/vague-amount' });
  }
  for (const m of UNITS_AHEAD.matches(body)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DURATION', value: `PX${UNIT[m[1]!.toLowerCase()]}`, via: 'recognizer/vague-amount' });
  }
  for (const m of re.matches(body)) {
    const end = m.index + m[0].length;
    const next = /^[\s-]+([\p{L}\d]+)/u.exec(body.slice(end, end + 20))?.[1]?.toLowerCase();
    if (next && notBefore.has(next)) continue;
    // "the past 20 years", "the past three months" are spans of time, read as durations.
    if (next && (/^\d/.test(next) || counts.has(next)) && /^the /i.test(m[0])) continue;
    if (out.some((o) => o.start < end && m.index < o.end)) continue;
    out.push({ start: m.index, end, type: 'DATE', value: value.get(m[0].toLowerCase())!, via: 'recognizer/vague-ref' });
  }
  return out;
}

export const vagueRefRecognizer: TimeRecognizer = {
  name: 'vague-ref',
  placement: 'defer',
  recognize: ({ text, from, body }) => vagueRefs(body).map((v) => timeMention(text, from + v.start, from + v.end, v.type, v.value, null, v.via, v.type === 'DATE' ? 'dct' : null)),
};
