/** A quote span as a recognizer finds it: no speaker or cue yet (the refiners add them). */
import type { QuoteMention } from '../../../model/mention.js';

export function bareQuote(text: string, start: number, end: number, via: string): QuoteMention {
  return { kind: 'quote', start, end, text: text.slice(start, end), speaker: null, speakerText: null, speakerSpan: null,
    cue: null, cueSpan: null, direct: true, embedded: false, via: [via] };
}
