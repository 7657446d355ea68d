import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesFrom } from '../common/extractor.js';
import { keyedPattern, type KeyedPattern } from './keyed-pattern.js';
import { KEYED_DURATION } from './recognizers/duration-recognizer.js';
import { KEYED_YEAR } from './recognizers/year-recognizer.js';
import { KEYED_RELATIVE_YEAR } from './recognizers/relative-year-recognizer.js';
import { NARRATIVE, THE_YEAR, YEAR_END } from './recognizers/year-period-recognizer.js';
import { relativePeriodParser } from './dates/relative-period-parser.js';
import { unitOffsetParser } from './dates/unit-offset-parser.js';
import { weekdayParser } from './dates/weekday-parser.js';
import { monthDayParser } from './dates/month-day-parser.js';
import { monthParser } from './dates/month-parser.js';
import { dayPartParser } from './dates/day-part-parser.js';
import { IN_FOCUS, OF_YEAR, YEAR_BACK } from './recognizers/comparison-period-recognizer.js';
import { QUARTER } from './recognizers/quarter-recognizer.js';
import { DECADE } from './recognizers/decade-recognizer.js';
import { CENTURY } from './recognizers/century-recognizer.js';
import { ANAPHORA } from './refiners/narrative-anaphora-refiner.js';
import { SET } from './recognizers/set-recognizer.js';
import { PRESENT } from './recognizers/present-ref-recognizer.js';
import { casualDayParser } from './dates/casual-day-parser.js';
import { MONTH_OF_YEAR } from './recognizers/month-of-relative-year-recognizer.js';
import { KEYED_DECADES } from './recognizers/vague-duration-recognizer.js';
import { KEYED_RATE } from './recognizers/rate-recognizer.js';
import { RECENT_UNITS, UNITS_AHEAD } from './recognizers/vague-ref-recognizer.js';
import { holidayPattern } from './recognizers/holiday-recognizer.js';
import { refsPattern } from './recognizers/vague-ref-recognizer.js';
import { FISCAL, SEASON } from './recognizers/season-recognizer.js';
import { seededInts } from '../../../test/helpers/random.js';

const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

test('a keyed pattern finds what its pattern finds', () => {
  const k = keyedPattern(/\b(?:(about|nearly) )?(\d+|two) (day|week)s?\b/gi, /day|week/i, { words: 3 });
  const text = 'About two days later, 3 weeks on, nearly 4 days, weekday two  days, Tuesday 5 days.';
  assert.deepEqual(found(k.matches(text)), found(matchesFrom(k.pattern, text, 0)));
  assert.deepEqual(found(k.matches(text, 30)), found(matchesFrom(k.pattern, text, 30)));
  assert.throws(() => keyedPattern(/a/g, /a/, { words: 1 }) && keyedPattern(/a/, /a/, { words: 1 }));
});

/**
 * Each keyed pattern of the time recognizers, with the words of its pattern and of its near misses: bodies joined from
 * them at random (any case, any separator) must give the same matches read from the key as scanned whole.
 */
const KEYED: readonly [string, KeyedPattern, readonly string[]][] = [
  ['duration', KEYED_DURATION, ['nearly', 'about', 'more than', 'at least', 'over', '3', '1,000', 'seventy-seven', 'eleven', 'a', 'an',
    'a hundred', 'a couple of', 'few', 'several', '1/2', '½', 'and a half', 'additional', 'more than a couple of', 'and a half additional', 'more than a couple of and a half additional', 'second', 'minutes', 'hour', 'days', 'today',
    'week', 'month', 'years', 'decade', 'ago', 'from now', 'old', 'later', 'the past']],
  ['bare-year', KEYED_YEAR, ['1997', '2001', '1499', '19999', '1,997', '2000s', 'early', 'late', 'mid', 'amid', 'Mid', 'people', 'percent', '%', '.5', 'in']],
  ['relative-year', KEYED_RELATIVE_YEAR, ['the', 'the past', 'last', 'this', 'next', 'past', 'coming', 'year', 'years', 'month', 'monthly', 'the end of']],
  ['the year', THE_YEAR, ['the', 'full', 'current', 'fiscal', 'current fiscal', 'year', 'years', 'ago', 'two', 'of', 'ended', 'ending', 'end', 'yearly']],
  ['year end', YEAR_END, ['year', 'end', "year's end", 'year’s', 'the end of the year', 'the', 'of', 'years', 'ended']],
  ['narrative year', NARRATIVE, ['later', 'earlier', 'that', 'the same', 'the following', 'the next', 'the previous', 'year', 'the', 'same', 'years']],
  ['relative period', relativePeriodParser.keyed!, ['the end of', 'the', 'end', 'of', 'this', 'last', 'past', 'next', 'week', 'weekend', 'month', 'year', 'end of the month']],
  ['unit offset', unitOffsetParser.keyed!, ['about', 'around', 'about a couple of', '3', 'a', 'the', 'one', 'twelve', 'a few', 'few', 'several', 'a couple of', 'couple of',
    'day', 'days', 'weeks', 'month', 'years', 'ago', 'before', 'earlier', 'later', 'after', 'afternoon']],
  ['vague duration', KEYED_DECADES, ['for', 'in', 'within', 'decades', 'years', 'centuries', 'centuries-old', 'months', 'weeks', 'days', 'day', 'today', 'for years']],
  ['rate', KEYED_RATE, ['up to', 'about', 'more than', 'at least', '24', 'twenty four', 'twenty-four', 'five', 'hours', 'days', 'minute', 'once', 'twice',
    'three times', 'times', 'a', 'an', 'per', 'day', 'week', 'year', 'ago', 'old', 'long', 'up to twenty four hours', 'at least three times a',
    'more than twenty-four hours', 'three times a', 'a day']],
  ['recent units', RECENT_UNITS, ['in', 'of', 'recent', 'coming', 'years', 'months', 'weeks', 'days', 'day', 'in recent', 'today']],
  ['units ahead', UNITS_AHEAD, ['the', 'years', 'months', 'days', 'ahead', 'the days', 'head', 'today']],
  ['month day', monthDayParser.keyed!, ['March', 'Mar.', 'Sept', 'Sept.', 'May', 'Market', 'Decision', 'Jan', '15', '3rd', 'eighth', '2025', '5:30', 'am', 'in', 'of']],
  ['month', monthParser.keyed!, ['March', 'Mar', 'Sept.', 'June', 'May', 'Marches', 'in', 'of', '1989', '2024', '1,989', '%']],
  ['day part', dayPartParser.keyed!, ['this', 'morning', 'evening', 'earning', 'afternoon', 'night', 'nights', 'noon', 'midday', 'midnight', 'in', 'within',
    'the day', 'the', 'day', 'in the day', 'this morning']],
  ['year back', YEAR_BACK, ['a', 'one', 'year', 'ago', 'earlier', 'before', 'the', 'comparable', 'corresponding', 'year-earlier', 'year-ago', 'same',
    'quarter', 'period', 'a year ago', 'last year', "last year's", 'the comparable year-earlier']],
  ['in focus', IN_FOCUS, ['the', 'latest', 'most recent', 'most', 'recent', 'quarter', 'period', 'quarterly', 'the most recent']],
  ['of year', OF_YEAR, ['the', '1988', '2024', '88', 'quarter', 'period', 'the 1988', 'year']],
  ['quarter', QUARTER, ['the', '1988', 'next', 'last', 'this', "year's", 'year’s', 'year-ago', 'year-earlier', 'latest', 'current', 'fiscal', 'first',
    'third', 'fourth', 'quarter', '-', 'of', 'of fiscal', '1989', "the next year's fiscal first", 'the 1988 fiscal first', 'quarterly']],
  ['decade', DECADE, ['the', 'early', 'mid', 'late', '1990s', '1880s', "'80s", '’60s', "x'80s", 'nineteen', 'the early nineteen-seventies', 'seventies',
    'twenties', 'nineties', 'parties', '2000s', 'the late']],
  ['century', CENTURY, ['19th', '21st', '2nd', '3rd', 'century', 'centuries', 'the', '-', '19th-century']],
  ['anaphora', ANAPHORA, ['that', 'That', 'what', 'hat', 'morning', 'day', 'days', 'night', 'that day', 'evening']],
  ['set', SET, ['daily', 'weekly', 'annually', 'hourly', 'early', 'each', 'every', 'day', 'week', 'quarter', 'morning', 'weekend', 'thursday', 'May',
    'may', 'july', 'each day', 'every May', 'everyday', 'only']],
  ['present', PRESENT, ['now', 'currently', 'at present', 'at', 'present', 'nowadays', 'known', 'NOW', 'presently']],
  ['casual day', casualDayParser.keyed!, ['today', 'tonight', 'tomorrow', 'yesterday', 'last night', 'last', 'night', 'morning', 'evening', 'todays', 'day']],
  ['month of year', MONTH_OF_YEAR, ['January', 'Sept.', 'Sep.', 'Mar.', 'March', 'May', 'Market', '24', '3rd', ',', 'of', 'this', 'last', 'next', 'year',
    'this year', 'January this year']],
  ['holiday', holidayPattern(), ['last', 'next', 'this', 'Christmas', 'Christmas Eve', 'St. Patrick’s Day', "St. Patrick's Day", 'St', 'Street', 'Easter',
    'Easter Monday', 'New Year', "New Year's", 'New Year’s Eve', 'Day', 'week', 'Memorial Day', 'Mother', 'Fourth of July', 'May Day', 'may']],
  ['vague ref', refsPattern(), ['the', 'near', 'future', 'the near future', 'the future', 'the present', 'presently', 'these days', 'recently', 'current',
    'currently', 'lately', 'the past', 'past', 'short term', 'the short term']],
  ['season', SEASON, ['last', 'this past', 'this', 'next', 'early', 'late', 'the', 'past', 'spring', 'summer', 'fall', 'falls', 'autumn', 'winter', 'springs']],
  ['fiscal', FISCAL, ['fiscal', '1989', '2024', '19', 'fiscal 1990', 'year']],
  ['weekday', weekdayParser.keyed!, ['Monday', 'monday', 'Wednesday', 'sunday', 'weekend', 'Weekend', 'day', 'today', 'Mondays', 'morning', 'night', 'evening', 'last']],
];

const SEPARATORS = [' ', ' ', ' ', '-', ', ', '  ', '\n', '.', "'", '’', '$', '(', ''];

test('every keyed pattern finds what its pattern finds, on generated bodies', () => {
  const random = seededInts(29);
  const cased = (w: string) => [w, w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)][random(4)]!;
  for (const [name, keyed, pieces] of KEYED) {
    let matched = 0;
    for (let i = 0; i < 20000; i++) {
      const words = Array.from({ length: 2 + random(12) }, () => cased(pieces[random(pieces.length)]!) + SEPARATORS[random(SEPARATORS.length)]!);
      const body = words.join('');
      const whole = found(matchesFrom(keyed.pattern, body, 0));
      matched += whole.length;
      assert.deepEqual(found(keyed.matches(body)), whole, `${name} on ${JSON.stringify(body)}`);
    }
    assert.ok(matched >= 100, `${name}: the generated bodies should hold matches (got ${matched})`);
  }
});
