/**
 * The English time extractor: recognizers in this order, each placed among
 * the times kept before it (defer: the earlier reading stands; override: it
 * replaces what it overlaps), then refiners in this order.
 */
import type { TimeConfiguration } from './time-extractor.js';
import { rateRecognizer } from './recognizers/rate-recognizer.js';
import { durationRecognizer } from './recognizers/duration-recognizer.js';
import { dateRecognizer } from './recognizers/date-recognizer.js';
import { setRecognizer } from './recognizers/set-recognizer.js';
import { yearRecognizer } from './recognizers/year-recognizer.js';
import { relativeYearRecognizer } from './recognizers/relative-year-recognizer.js';
import { quarterRecognizer } from './recognizers/quarter-recognizer.js';
import { comparisonPeriodRecognizer } from './recognizers/comparison-period-recognizer.js';
import { seasonRecognizer } from './recognizers/season-recognizer.js';
import { holidayRecognizer } from './recognizers/holiday-recognizer.js';
import { monthOfRelativeYearRecognizer } from './recognizers/month-of-relative-year-recognizer.js';
import { decadeRecognizer } from './recognizers/decade-recognizer.js';
import { yearPeriodRecognizer } from './recognizers/year-period-recognizer.js';
import { spokenYearRecognizer } from './recognizers/spoken-year-recognizer.js';
import { vagueRefRecognizer } from './recognizers/vague-ref-recognizer.js';
import { presentRefRecognizer } from './recognizers/present-ref-recognizer.js';
import { centuryRecognizer } from './recognizers/century-recognizer.js';
import { vagueDurationRecognizer } from './recognizers/vague-duration-recognizer.js';
import { narrativeAnaphoraRefiner } from './refiners/narrative-anaphora-refiner.js';
import { titleRefiner } from './refiners/title-refiner.js';
import { edgeWordRefiner } from './refiners/edge-word-refiner.js';
import { dayPartRefiner } from './refiners/day-part-refiner.js';
import { eventOffsetRefiner } from './refiners/event-offset-refiner.js';

export const timeConfiguration: TimeConfiguration = {
  recognizers: [
    // First: the amounts inside a rate ("24 hours a day") are not durations.
    rateRecognizer,
    // Before the date grammar, which reads "three days later" as a date.
    durationRecognizer,
    dateRecognizer,
    setRecognizer,
    // After the date grammar: a year inside a date is the date's.
    yearRecognizer,
    relativeYearRecognizer,
    // The overriding ones, after the readings they correct.
    quarterRecognizer,
    // After the quarters: it reads the quarter in focus.
    comparisonPeriodRecognizer,
    seasonRecognizer,
    holidayRecognizer,
    monthOfRelativeYearRecognizer,
    decadeRecognizer,
    // After the stated dates, which give a year period its year.
    yearPeriodRecognizer,
    // After the months and seasons that take a spoken year.
    spokenYearRecognizer,
    vagueRefRecognizer,
    presentRefRecognizer,
    centuryRecognizer,
    vagueDurationRecognizer,
  ],
  refiners: [
    // First: it reads the last full date before it among all the times found.
    narrativeAnaphoraRefiner,
    titleRefiner,
    edgeWordRefiner,
    dayPartRefiner,
    eventOffsetRefiner,
  ],
};
