/**
 * Voice scoring (issue 7): for each hand-annotated fact value (report +
 * offsets + voice, format in eval/README.md), the system's fact value over
 * the same span must carry the same voice. Accuracy is over the values the
 * system placed; coverage says how many it placed.
 */
import { readFileSync } from 'node:fs';
import type { StoryRecord } from '../model/record.js';
import { runError, type RunError } from '../model/errors.js';

export interface VoiceGold { readonly report: string; readonly start: number; readonly end: number; readonly voice: string; readonly fact: string }

export interface VoiceScore {
  readonly gold: number;
  readonly placed: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly coverage: number;
  readonly confusion: Readonly<Record<string, number>>;
}

export function readVoiceGold(path: string, errors: RunError[]): VoiceGold[] | null {
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { values?: unknown };
    if (!Array.isArray(raw.values)) throw new Error('expected an object with a "values" array (schema crosscheck-voice/1)');
    return raw.values.map((v: Record<string, unknown>, i: number) => {
      if (typeof v.report !== 'string' || typeof v.start !== 'number' || typeof v.end !== 'number' || typeof v.voice !== 'string') {
        throw new Error(`value ${i + 1} needs report, start, end and voice`);
      }
      return { report: v.report, start: v.start, end: v.end, voice: v.voice, fact: String(v.fact ?? '') };
    });
  } catch (e) {
    errors.push(runError('CC201', 'eval', path, (e as Error).message.split('\n')[0] ?? 'unreadable'));
    return null;
  }
}

/** `reportKey` maps system report ids to the gold's report names. */
export function scoreVoice(gold: readonly VoiceGold[], record: StoryRecord, reportKey: ReadonlyMap<string, string>): VoiceScore {
  const values = record.events.flatMap((e) => e.facts.flatMap((f) => f.values));
  let placed = 0;
  let correct = 0;
  const confusion: Record<string, number> = {};
  for (const g of gold) {
    const hit = values.find((v) => (reportKey.get(v.report) ?? v.report) === g.report && v.start < g.end && g.start < v.end);
    if (!hit) continue;
    placed++;
    if (hit.voice === g.voice) correct++;
    const key = `${g.voice}->${hit.voice}`;
    confusion[key] = (confusion[key] ?? 0) + 1;
  }
  return { gold: gold.length, placed, correct, accuracy: placed ? correct / placed : 0, coverage: gold.length ? placed / gold.length : 0, confusion };
}
