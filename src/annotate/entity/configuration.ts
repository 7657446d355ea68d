/**
 * The entity extractor: the recognizer finds names, then refiners, in this
 * order, join, filter, type and resolve them.
 */
import type { EntityMention } from '../../model/mention.js';
import type { ExtractorConfiguration } from '../common/extractor.js';
import { capitalisedChunkRecognizer } from './recognizers/capitalised-chunk-recognizer.js';
import { collectiveNameRecognizer } from './recognizers/collective-name-recognizer.js';
import { acronymRefiner } from './refiners/acronym-refiner.js';
import { aliasPrefixRefiner } from './refiners/alias-prefix-refiner.js';
import { andJoinRefiner } from './refiners/and-join-refiner.js';
import { appositionTypeRefiner } from './refiners/apposition-type-refiner.js';
import { bracketedFirstNameRefiner } from './refiners/bracketed-first-name-refiner.js';
import { datelineRefiner } from './refiners/dateline-refiner.js';
import { openerWordRefiner } from './refiners/opener-word-refiner.js';
import { localNameRefiner } from './refiners/local-name-refiner.js';
import { placeAfterPrepositionRefiner } from './refiners/place-after-preposition-refiner.js';
import { sentenceOpenerRefiner } from './refiners/sentence-opener-refiner.js';
import { surnameRefiner } from './refiners/surname-refiner.js';
import { textOrderRefiner } from './refiners/text-order-refiner.js';
import { urlRefiner } from './refiners/url-refiner.js';
import { zoneNameRefiner } from './refiners/zone-name-refiner.js';

export const entityConfiguration: ExtractorConfiguration<EntityMention> = {
  recognizers: [capitalisedChunkRecognizer],
  refiners: [
    urlRefiner,
    bracketedFirstNameRefiner,
    openerWordRefiner,
    andJoinRefiner,
    // Before the surname refiner, so an abbreviation never passes for a surname.
    acronymRefiner,
    surnameRefiner,
    // After the surname refiner: a surname of a titled person is a person, not a place.
    placeAfterPrepositionRefiner,
    appositionTypeRefiner,
    // Last of the filters: a resolved or typed opener is a name.
    sentenceOpenerRefiner,
    aliasPrefixRefiner,
    // Last: a dateline's place and agency are known whatever the words around them say.
    datelineRefiner,
  ],
};

/** Spanish and Portuguese: the shared recognizer and refiners, then the language's articles, openers, head-first types and names. */
export const localEntityConfiguration: ExtractorConfiguration<EntityMention> = {
  // Parties named by their members, lower-case ("os trabalhistas"): the capitalised chunks miss them.
  recognizers: [...entityConfiguration.recognizers, collectiveNameRecognizer],
  refiners: [textOrderRefiner, ...entityConfiguration.refiners, localNameRefiner, zoneNameRefiner],
};

/** The configuration for each language; a language crosscheck does not read still gets its names (English rules), for grouping stories. */
export function entityConfigurationFor(language: string | null): ExtractorConfiguration<EntityMention> {
  return language === 'es' || language === 'pt' ? localEntityConfiguration : entityConfiguration;
}
