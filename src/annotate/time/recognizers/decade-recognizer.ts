/**
 * Decades: "the 1990s", "the late 1970s", "mid-1980s", "the '80s", "the
 * nineties", "the nineteen-sixties" (a word decade only after "the": "in
 * their twenties" is an age). TIMEX3
 * writes a decade as the year's first three digits ("199"); "early",
 * "mid-" and "late" set the mod and stay in the span, as does "the".
 */
import type { TimexMod } from '../../../model/timex.js';
import { timeMention } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { keyedPattern } from '../keyed-pattern.js';

/**
 * Read from its end: a decade in figures ends "0s", one in words "ties", at most 24 characters in ("the early
 * nineteen-seventies"). By characters, not words: "'80s" may begin a match right after a letter.
 */
export const DECADE = keyedPattern(/\b(?:the )?(?:(early|mid|late)[- ])?(?:((?:1[5-9]|20)\d)0s|['’](\d)0s)\b|\bthe (?:(early|mid|late)[- ])?(nineteen[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi, /0s|ties/i, { chars: 24 });
const WORD_DECADE: Record<string, string> = { twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' };
const MOD: Record<string, TimexMod> = { early: 'START', mid: 'MID', late: 'END' };

export interface DecadeFound { readonly start: number; readonly end: number; readonly value: string; readonly mod: TimexMod | null; readonly via: string }

/** `refYear` is the publication year: "the '80s" is the decade of its century, or of the one before if that is still ahead (unknown without it). */
export function decades(text: string, from: number, refYear: number | null): DecadeFound[] {
  const out: DecadeFound[] = [];
  for (const m of DECADE.matches(text, from)) {
    let value = m[2] ?? (m[5] ? `19${WORD_DECADE[m[6]!.toLowerCase()]}` : undefined);
    const digit = m[3] ?? (m[6] ? WORD_DECADE[m[6].toLowerCase()] : undefined);
    if (!value) {
      if (refYear === null) continue;
      const century = Math.floor(refYear / 100);
      const c = century * 10 + Number(digit) > Math.floor(refYear / 10) ? century - 1 : century;
      value = `${c}${digit}`;
    }
    const edge = m[1] ?? m[4];
    out.push({ start: m.index, end: m.index + m[0].length, value, mod: edge ? MOD[edge.toLowerCase()]! : null, via: 'recognizer/decade' });
  }
  return out;
}

export const decadeRecognizer: TimeRecognizer = {
  name: 'decade',
  placement: 'override',
  recognize: ({ text, from, ref }) => decades(text, from, ref?.getUTCFullYear() ?? null).map((p) => timeMention(text, p.start, p.end, 'DATE', p.value, p.mod, p.via, null)),
};
