/**
 * The CONTRACT §1 line for one report: its metadata and its mentions of the
 * four scored kinds, in text order.
 */
import type { Doc } from '../model/doc.js';
import type { Mention } from '../model/mention.js';
import { isRead } from '../model/report.js';
import { SCHEMA, type ExtractLine, type MentionJson, type ReportJson } from '../model/record.js';

/** `read: true`, or `read: false` with the reason, for a language crosscheck has no extractors for. */
function readJson(language: string | null): { read: boolean; readReason?: string } {
  return isRead(language) ? { read: true }
    : { read: false, readReason: `no extractors for language "${language}": its times, figures and quotes were not read (names were)` };
}

/** The contract's report object, with the optional fields crosscheck adds. */
export function reportJson(doc: Doc, duplicateOf: string | null = null): ReportJson {
  const { report } = doc;
  return {
    id: report.id,
    source: report.source,
    outlet: report.meta.outlet,
    title: report.meta.title,
    published: report.meta.published,
    publishedSource: report.meta.publishedSource,
    textOrigin: report.textOrigin,
    url: report.meta.url,
    publishedHow: report.meta.publishedHow,
    duplicateOf,
    language: report.meta.language,
    languageSource: report.meta.languageSource ?? null,
    ...readJson(report.meta.language),
  };
}

/**
 * A mention as the contract writes it; `cue` mentions are internal and give null. Each kind is one
 * literal, its keys in the contract's order: spreading a shared base per mention cost a third of
 * writing a line.
 */
export function mentionJson(m: Mention): MentionJson | null {
  switch (m.kind) {
    case 'time':
      return m.freq ? { kind: 'time', start: m.start, end: m.end, text: m.text, via: m.via, type: m.type, value: m.value, mod: m.mod, freq: m.freq }
        : { kind: 'time', start: m.start, end: m.end, text: m.text, via: m.via, type: m.type, value: m.value, mod: m.mod };
    case 'quantity':
      return { kind: 'quantity', start: m.start, end: m.end, text: m.text, via: m.via, value: m.value, min: m.min, max: m.max,
        minExclusive: m.minExclusive, maxExclusive: m.maxExclusive, approx: m.approx, counted: m.counted, unit: m.unit };
    case 'quote':
      return { kind: 'quote', start: m.start, end: m.end, text: m.text, via: m.via, speaker: m.speaker, speakerText: m.speakerText, cue: m.cue, direct: m.direct };
    case 'entity':
      return { kind: 'entity', start: m.start, end: m.end, text: m.text, via: m.via, type: m.type, canonical: m.canonical };
    case 'cue':
      return null;
  }
}

/** All scored mentions of a doc, sorted by start then end. */
export function docMentions(doc: Doc): Mention[] {
  return [...(doc.time ?? []), ...(doc.quantity ?? []), ...(doc.quote ?? []), ...(doc.entity ?? [])]
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

export function extractLine(doc: Doc, duplicateOf: string | null = null): ExtractLine {
  const mentions = docMentions(doc).map(mentionJson).filter((m): m is MentionJson => m !== null);
  return { schema: SCHEMA, report: reportJson(doc, duplicateOf), mentions };
}
