/**
 * The feed list `watch` follows: feed files, feed URLs, and OPML files whose
 * outlines name feeds (xmlUrl).
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

const OUTLINE = /<outline\b[^>]*\bxmlUrl\s*=\s*("([^"]*)"|'([^']*)')/gi;

/** Expands OPML files into the feeds they list; other entries are kept as given. */
export function expandFeeds(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    if (!/\.opml$/i.test(entry)) {
      out.push(entry);
      continue;
    }
    const xml = readFileSync(entry, 'utf8');
    for (const m of xml.matchAll(OUTLINE)) {
      const url = (m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
      if (!url) continue;
      out.push(/^[a-z]+:\/\//i.test(url) || isAbsolute(url) ? url : join(dirname(entry), url));
    }
  }
  return out;
}
