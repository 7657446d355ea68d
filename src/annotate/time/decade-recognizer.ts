/**
 * Decades: "the 1990s", "the late 1970s", "mid-1980s", "the '80s". TIMEX3
 * writes a decade as the year's first three digits ("199"); "early",
 * "mid-" and "late" set the mod and stay in the span, as does "the".
 */
import type { TimexMod } from '../../model/timex.js';

const DECADE = /\b(?:the )?(?:(early|mid|late)[- ])?(?:((?:1[5-9]|20)\d)0s|['’](\d)0s)\b/gi;
const MOD: Record<string, TimexMod> = { early: 'START', mid: 'MID', late: 'END' };

export interface DecadeFound { readonly start: number; readonly end: number; readonly value: string; readonly mod: TimexMod | null; readonly via: string }

/** `refYear` is the publication year: "the '80s" is the decade of its century, or of the one before if that is still ahead (unknown without it). */
export function decades(text: string, from: number, refYear: number | null): DecadeFound[] {
  const out: DecadeFound[] = [];
  DECADE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = DECADE.exec(text))) {
    let value = m[2];
    if (!value) {
      if (refYear === null) continue;
      const century = Math.floor(refYear / 100);
      const c = century * 10 + Number(m[3]) > Math.floor(refYear / 10) ? century - 1 : century;
      value = `${c}${m[3]}`;
    }
    out.push({ start: m.index, end: m.index + m[0].length, value, mod: m[1] ? MOD[m[1].toLowerCase()]! : null, via: 'recognizer/decade' });
  }
  return out;
}
