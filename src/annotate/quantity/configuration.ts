/**
 * The quantity extractor: recognizers find amounts, then refiners, in this
 * order, settle overlaps, name what running figures count and drop bare numbers.
 */
import type { QuantityMention } from '../../model/mention.js';
import type { ExtractorConfiguration } from '../common/extractor.js';
import { byStart } from '../../model/span.js';
import { fewOfUnitRecognizer } from './recognizers/few-of-unit-recognizer.js';
import { fractionRecognizer } from './recognizers/fraction-recognizer.js';
import { numberRecognizer } from './recognizers/number-recognizer.js';
import { vagueAmountRecognizer } from './recognizers/vague-amount-recognizer.js';
import { bareNumberRefiner } from './refiners/bare-number-refiner.js';
import { fewOfUnitFirstRefiner } from './refiners/few-of-unit-first-refiner.js';
import { runningFigureRefiner } from './refiners/running-figure-refiner.js';

export const quantityConfiguration: ExtractorConfiguration<QuantityMention> = {
  recognizers: [fewOfUnitRecognizer, fractionRecognizer, numberRecognizer, vagueAmountRecognizer],
  refiners: [
    fewOfUnitFirstRefiner,
    // Before the bare-number filter: "the number arrested to 7" names what 7 counts.
    runningFigureRefiner,
    bareNumberRefiner,
    { name: 'text-order', refine: (_input, mentions) => [...mentions].sort(byStart) },
  ],
};
