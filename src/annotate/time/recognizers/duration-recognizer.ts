/**
 * Amounts of time: "three days", "at least 72 hours", "2 1/2 years", "a
 * 14-day halt", with their TIMEX3 DURATION value and mod.
 */
import type { TimexMod } from '../../../model/timex.js';
import type { TimeMention } from '../../../model/mention.js';
import { EVENT_AFTER } from '../refiners/event-offset-refiner.js';
import { timeMention } from '../mention.js';
import { patternRecognizer } from '../time-extractor.js';
import { keyedPattern, TIME_UNIT } from '../keyed-pattern.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
};
const UNIT: Record<string, string> = { second: 'TS', minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', centurie: 'CE', century: 'CE' };
// "three days later": TimeML marks the amount as a DURATION and leaves the signal word out; "two years ago" is a DATE, and so
// is a single unit before a signal ("a day earlier", "a week later"), which names the day or week it points to, unless it
// counts from an event the text names ("a month after the mill cut wages": the length between the two) or is an
// hour or a minute (publication has no clock time to count from). "two more weeks", "an additional year" are the added
// amount. An age ("52 years old", "a 5-year-old") is not a time. A number is read whole: "52,000 hours", "1.5 hours".
const DURATION = /(?<![\d,.])\b(?:(nearly|almost|about|more than|at least|over) )?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|an|a|a couple of|couple of|a few|several|few)( 1\/2|½| and a half)?(?: more| additional| extra)?[- ](second|minute|hour|day|week|month|year|decade)s?( and a half)?\b(?! ago| from now|-old| old\b)/gi;
/** Half of each unit in the next smaller one ("2 1/2 years" is P2Y6M); half a week or a decade is written as a decimal (P2.5W). */
const HALF: Record<string, string> = { Y: '6M', M: '15D', D: 'T12H', TH: '30M', TM: '30S' };
const SIGNAL_AFTER = /^ (?:earlier|later|before|after)\b/i;
/** Characters read after a duration for its signal word (" before" and the word after it), and before it for the words that place it. */
const SIGNAL_WINDOW = 12;
const PLACED_WINDOW = 20;
const PLACED = /\bthe (?:(?:past|last|next|coming|previous|following|first|latest) )?$/i;
const DURATION_MOD: Record<string, TimexMod> = { nearly: 'EQUAL_OR_LESS', almost: 'EQUAL_OR_LESS', about: 'APPROX', 'more than': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE', over: 'MORE_THAN' };

/** The duration `m` (a match of DURATION in `body`) names, or null when it names a date ("a day earlier"). */
function duration(m: RegExpExecArray, text: string, from: number, body: string): TimeMention | null {
  const word = m[2]!.toLowerCase().replace(/^a hundred$/, 'hundred');
  const half = Boolean(m[3] ?? m[5]);
  const after = body.slice(m.index + m[0].length, m.index + m[0].length + SIGNAL_WINDOW);
  const signal = SIGNAL_AFTER.exec(after);
  const fromEvent = /^ (?:before|after)$/i.test(signal?.[0] ?? '') && EVENT_AFTER.test(after.slice(signal![0].length));
  if (!half && /^(?:an?|one)$/.test(word) && signal && !fromEvent && !/^(?:hour|minute)$/i.test(m[4]!)) return null;
  // "a second time", "one second-hand car": a single second is an ordinal or a word, not a length.
  if (/^seconds?$/i.test(m[4]!) && /^(?:an?|one)$/.test(word)) return null;
  const n = /^[\d,.]+$/.test(word) ? String(Number(word.replaceAll(',', ''))) : /couple of$/.test(word) ? '2' : /few|several/.test(word) ? 'X'
    : String(word.split(/[- ]/).reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0) || 1);
  const u = UNIT[m[4]!.toLowerCase()]!;
  const rest = half && n !== 'X' ? HALF[u] : undefined;
  const amount = half && n !== 'X' && !rest ? `${n}.5` : n;
  const v = u.startsWith('T') ? `PT${amount}${u.slice(1)}${rest ?? ''}` : `P${amount}${u}${rest ?? ''}`;
  const mod = DURATION_MOD[(m[1] ?? '').toLowerCase()] ?? (/couple of$/.test(word) ? 'APPROX' : null);
  // TimeML keeps the words that place the span, "the past three months", "the first nine months", but not before a
  // modifier ("the 14-day halt").
  const placed = /-/.test(m[0]) ? 0 : PLACED.exec(body.slice(Math.max(0, m.index - PLACED_WINDOW), m.index))?.[0].length ?? 0;
  return timeMention(text, from + m.index - placed, from + m.index + m[0].length, 'DURATION', v, mod, 'recognizer/duration', null);
}

/**
 * The unit, read first: it is in most bodies, but a few times each, while the optional words before it are tried at
 * every position. It is at most the tenth word ("more than a couple of … and a half additional days").
 */
export const KEYED_DURATION = keyedPattern(DURATION, TIME_UNIT, { words: 10 });

/** Durations; a rate's amount ("$2 million a year") is the rate recognizer's, which comes first. */
export const durationRecognizer = patternRecognizer('duration', KEYED_DURATION, (m, { text, from, body }) => duration(m, text, from, body));
