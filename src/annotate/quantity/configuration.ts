/**
 * The quantity extractor: recognizers find amounts, then refiners, in this
 * order, settle overlaps, name what running figures count and drop bare numbers.
 */
import type { QuantityMention } from '../../model/mention.js';
import type { ExtractorConfiguration } from '../common/extractor.js';
import { byStart } from '../../model/span.js';
import { compoundCountRecognizer } from './recognizers/compound-count-recognizer.js';
import { fewOfUnitRecognizer } from './recognizers/few-of-unit-recognizer.js';
import { localNumberRecognizer } from './recognizers/local-number-recognizer.js';
import { fractionRecognizer } from './recognizers/fraction-recognizer.js';
import { numberRecognizer } from './recognizers/number-recognizer.js';
import { scaleReadingRecognizer } from './recognizers/scale-reading-recognizer.js';
import { vagueAmountRecognizer } from './recognizers/vague-amount-recognizer.js';
import { bareNumberRefiner } from './refiners/bare-number-refiner.js';
import { elidedCountRefiner } from './refiners/elided-count-refiner.js';
import { fewOfUnitFirstRefiner } from './refiners/few-of-unit-first-refiner.js';
import { runningFigureRefiner } from './refiners/running-figure-refiner.js';
import { readingSiblingRefiner } from './refiners/reading-sibling-refiner.js';

export const quantityConfiguration: ExtractorConfiguration<QuantityMention> = {
  recognizers: [fewOfUnitRecognizer, fractionRecognizer, scaleReadingRecognizer, compoundCountRecognizer, numberRecognizer, vagueAmountRecognizer],
  refiners: [
    fewOfUnitFirstRefiner,
    // Before the bare-number filter: "the number arrested to 7" names what 7 counts.
    runningFigureRefiner,
    bareNumberRefiner,
    { name: 'text-order', refine: (_input, mentions) => [...mentions].sort(byStart) },
    // In text order: the number before names what a bare one after it counts.
    elidedCountRefiner,
    readingSiblingRefiner,
  ],
};

/** Spanish and Portuguese: one recognizer reads numbers, bounds and what they count from the language's lexicons. */
export const localQuantityConfiguration: ExtractorConfiguration<QuantityMention> = {
  recognizers: [localNumberRecognizer],
  refiners: [{ name: 'text-order', refine: (_input, mentions) => [...mentions].sort(byStart) }, elidedCountRefiner, readingSiblingRefiner],
};

/** The configuration for each language crosscheck reads; English is the default. */
export const quantityConfigurations: Readonly<Record<string, ExtractorConfiguration<QuantityMention>>> = {
  en: quantityConfiguration, es: localQuantityConfiguration, pt: localQuantityConfiguration,
};
