/**
 * A report often quotes a post in its own words and then embeds the post
 * itself: a quote whose words open or repeat an embedded post's is the
 * poster's, whatever cue (or none) the report wrote around it.
 */
import type { QuoteMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';

const MIN_SHARED = 30;
const norm = (s: string) => s.toLowerCase().replace(/[…]|\.\.\./g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export const repeatedPostRefiner: Refiner<QuoteMention> = {
  name: 'repeated-post',
  refine(_input, quotes) {
    const posts = quotes.filter((q) => q.embedded && q.speaker).map((q) => ({ words: norm(q.text), speaker: q.speaker! }));
    if (posts.length === 0) return quotes;
    return quotes.map((q) => {
      if (q.embedded || q.speaker) return q;
      const words = norm(q.text);
      if (words.length < MIN_SHARED) return q;
      const post = posts.find((p) => p.words.includes(words) || (p.words.length >= MIN_SHARED && words.includes(p.words)));
      return post ? { ...q, speaker: post.speaker, via: [...q.via, 'refiner/repeated-post'] } : q;
    });
  },
};
