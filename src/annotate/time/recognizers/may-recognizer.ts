/**
 * The month May where the date grammar leaves it out for fear of the verb: after a
 * word that only a date follows ("last May", "since May", "by late May",
 * "mid-May"). The month is this year's; the month refiner then places it.
 * An edge word ("early", "late", "mid-") belongs to the span and sets the mod.
 */
import type { TimexMod } from '../../../model/timex.js';

const MAY = /\b(?:last|next|this|since|until|by|through|in|early|late)\s+(early |late )?May\b(?![ -]\d)|\b(mid-)May\b(?![ -]\d)/g;
const EDGE: Record<string, TimexMod> = { 'early ': 'START', 'late ': 'END', 'mid-': 'MID' };

export interface MayFound { readonly start: number; readonly end: number; readonly mod: TimexMod | null; readonly via: string }

export function mayMonths(text: string, from: number): MayFound[] {
  const out: MayFound[] = [];
  // Most reports never write "May": one search for it spares the pattern's try at every word.
  if (!text.includes('May', from)) return out;
  MAY.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = MAY.exec(text))) {
    const end = m.index + m[0].length;
    const edge = m[1] ?? m[2];
    out.push({ start: end - 3 - (edge?.length ?? 0), end, mod: edge ? EDGE[edge]! : null, via: 'recognizer/may' });
  }
  return out;
}
