/**
 * The quote extractor: recognizers find quoted spans, then refiners, in this
 * order, decide who said each one.
 */
import type { QuoteMention } from '../../model/mention.js';
import type { ExtractorConfiguration } from '../common/extractor.js';
import { dashDialogueRecognizer } from './recognizers/dash-dialogue-recognizer.js';
import { embeddedPostRecognizer } from './recognizers/embedded-post-recognizer.js';
import { guillemetsRecognizer } from './recognizers/guillemets-recognizer.js';
import { quotationMarksRecognizer } from './recognizers/quotation-marks-recognizer.js';
import { singleQuotesRecognizer } from './recognizers/single-quotes-recognizer.js';
import { cueRefiner } from './refiners/cue-refiner.js';
import { localSpeakerRefiner } from './refiners/local-speaker-refiner.js';
import { nestedQuoteRefiner } from './refiners/nested-quote-refiner.js';
import { notSaidRefiner } from './refiners/not-said-refiner.js';
import { runOnParagraphRefiner } from './refiners/run-on-paragraph-refiner.js';
import { repeatedPostRefiner } from './refiners/repeated-post-refiner.js';
import { speakerRefiner } from './refiners/speaker-refiner.js';

export const quoteConfiguration: ExtractorConfiguration<QuoteMention> = {
  recognizers: [embeddedPostRecognizer, quotationMarksRecognizer, singleQuotesRecognizer],
  refiners: [
    nestedQuoteRefiner,
    cueRefiner,
    // After the cue refiner, which finds who says a quotation; before the speaker refiner, so no split quote inherits a speaker for a title.
    notSaidRefiner,
    // Before the speaker refiner, so a pronoun after a repeated post resolves to the poster.
    repeatedPostRefiner,
    speakerRefiner,
    // After the speaker refiner: it copies the speaker resolved for the paragraph that closes the quotation.
    runOnParagraphRefiner,
  ],
};

/** Spanish and Portuguese: guillemets and dash dialogue besides quotation marks; cues and speakers from the language's speech words. */
export const localQuoteConfiguration: ExtractorConfiguration<QuoteMention> = {
  recognizers: [embeddedPostRecognizer, quotationMarksRecognizer, guillemetsRecognizer, dashDialogueRecognizer],
  refiners: [nestedQuoteRefiner, localSpeakerRefiner],
};

/** The configuration for each language crosscheck reads; English is the default. */
export const quoteConfigurations: Readonly<Record<string, ExtractorConfiguration<QuoteMention>>> = {
  en: quoteConfiguration, es: localQuoteConfiguration, pt: localQuoteConfiguration,
};
