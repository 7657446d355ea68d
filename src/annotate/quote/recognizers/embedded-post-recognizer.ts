/** An embedded social post is one direct quote, spoken by the person its "— Name (@handle)" signature names. */
import type { QuoteMention } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { need } from '../../../model/doc.js';

export const embeddedPostRecognizer: Recognizer<QuoteMention> = {
  name: 'embedded-post',
  recognize({ doc, text }) {
    const entities = doc.entity ?? [];
    return need(doc, 'clean').embeds.map((e) => {
      const sig = entities.find((x) => x.start >= e.signature.start && x.end <= e.signature.end && x.type === 'person');
      return { kind: 'quote', start: e.body.start, end: e.body.end, text: text.slice(e.body.start, e.body.end), speaker: sig?.canonical ?? e.author,
        speakerText: e.author && e.handle ? `${e.author} (${e.handle})` : e.author, speakerSpan: { start: e.signature.start, end: e.signature.end },
        // The signature is what attributes the post, so it is the cue's place in the text.
        cue: 'post (embedded)', cueSpan: { start: e.signature.start + (/^\s*/.exec(e.signature.text)?.[0].length ?? 0), end: e.signature.end }, direct: true, embedded: true, via: ['recognizer/embedded-post'] };
    });
  },
};
