/**
 * A figure's voice: in the report's own words, attributed to a named source, or hedged. A figure
 * takes its sentence's voice unless its own words or its own nearest cue say otherwise.
 */
import type { Doc } from '../model/doc.js';
import type { Range } from '../model/span.js';
import { spanOf } from '../model/span.js';
import { voiceOf } from './index.js';
import { mentionIndex } from './mention-index.js';

/** A hedge inside a value's own words ("200 alleged gang members") hedges that value, whatever its sentence's voice. */
function ownHedge(doc: Doc, m: Range): ReturnType<typeof voiceOf> | null {
  const cue = mentionIndex(doc).cue.within(m.start, m.end).find((c) => c.function === 'hedge');
  return cue ? { voice: 'hedged', attributedTo: null, voiceCue: spanOf(doc.report.text, cue.start, cue.end) } : null;
}

/**
 * A figure's voice: a hedge in its own words; else its sentence's voice (the sentence's first cue),
 * unless its own nearest cue names another source before it ("About 30,000 people joined, police
 * said, while the organisers claimed 85,000") or right after it ("107,000 according to police and
 * 275,000 according to the monitors"), or the sentence asserts it.
 */
export function figureVoice(doc: Doc, m: Range, sentence: Range): ReturnType<typeof voiceOf> {
  const hedged = ownHedge(doc, m);
  if (hedged) return hedged;
  // The day a thing was said ("announced on Saturday") and the year in a name ("the ... Act of 1798")
  // are the report's own statements, not the words it attributes.
  if (saidWhen(doc, m) || yearOfName(doc, m)) return { voice: 'asserted', attributedTo: null, voiceCue: null };
  const ofSentence = voiceOf(doc, m, sentence);
  if (ofSentence.voice === 'hedged') return ofSentence;
  const own = voiceOf(doc, m, sentence, true);
  if (own.voice !== 'attributed' || !own.attributedTo || !own.voiceCue) return ofSentence;
  // Its own cue before it, or its own "according to" right after it.
  const another = own.attributedTo !== ofSentence.attributedTo && own.voiceCue.start !== ofSentence.voiceCue?.start && (own.voiceCue.end <= m.start || own.voiceCue.start >= m.end);
  return ofSentence.voice === 'asserted' || another ? own : ofSentence;
}

/** Characters before a figure searched for the verb of saying or the name it closes. */
const SAID_REACH = 40;
const NAME_REACH = 200;

/** Words that may stand before a day named as when something was said or reached ("on", "late", "este", "nesta"). */
export const BEFORE_DAY = 'on|late|early|this|el|este|esta|en|no|na|neste|nesta';
/** Between a verb of saying and the day it was said: "said on Monday", "informó este sábado", "disse nesta sexta-feira". */
const SAID_GAP = new RegExp(`^\\s*(?:at|in|${BEFORE_DAY})?\\s*$`, 'i');

/** A time right after a verb of saying: when it was said. */
export function saidWhen(doc: Doc, m: Range): boolean {
  const text = doc.report.text;
  const index = mentionIndex(doc);
  return index.time.covering(m.start, m.end)?.start === m.start
    && index.cue.within(Math.max(0, m.start - SAID_REACH), m.start).some((c) => c.function === 'attribution' && SAID_GAP.test(text.slice(c.end, m.start)));
}

/** What joins a name to the year that ends it: "the ... Act of 1798". */
const OF_NAME = /^ of $/;

export function yearOfName(doc: Doc, m: Range): boolean {
  return mentionIndex(doc).entity.within(Math.max(0, m.start - NAME_REACH), m.start).some((e) => e.type === 'law' && OF_NAME.test(doc.report.text.slice(e.end, m.start)));
}
