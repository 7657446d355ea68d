/**
 * What changed between two versions of a story record, in the words `watch`
 * prints: a new fact, a changed value, a changed status, a new conflict.
 */
import type { FactJson, StoryRecord } from '../model/record.js';

export interface Change {
  readonly kind: 'new-fact' | 'changed-value' | 'changed-status' | 'new-conflict' | 'new-event';
  readonly fact: string;
  readonly message: string;
}

/** A fact's identity across runs: its attribute and subject, not its generated id. */
function factKey(f: FactJson): string {
  return `${f.attribute}|${f.subject}`;
}

function shown(f: FactJson): string {
  return [...new Set(f.values.map((v) => String(v.value)))].join(' / ');
}

export function diffRecords(before: StoryRecord | null, after: StoryRecord): Change[] {
  const old = new Map<string, FactJson>();
  const oldConflicts = new Set<string>();
  for (const e of before?.events ?? []) {
    for (const f of e.facts) {
      old.set(factKey(f), f);
      if (before?.conflicts.includes(f.id)) oldConflicts.add(factKey(f));
    }
  }
  const oldEvents = new Set((before?.events ?? []).map((e) => `${e.type}|${e.when?.value ?? ''}`));
  const changes: Change[] = [];
  for (const e of after.events) {
    if (!oldEvents.has(`${e.type}|${e.when?.value ?? ''}`)) {
      changes.push({ kind: 'new-event', fact: e.id, message: `new event: ${e.label}${e.when ? ` (${e.when.value})` : ''}` });
    }
    for (const f of e.facts) {
      const key = factKey(f);
      const was = old.get(key);
      if (!was) changes.push({ kind: 'new-fact', fact: f.id, message: `new fact: ${f.subject} = ${shown(f)} [${f.status}]` });
      else {
        if (shown(was) !== shown(f)) changes.push({ kind: 'changed-value', fact: f.id, message: `changed value: ${f.subject}: ${shown(was)} -> ${shown(f)}` });
        if (was.status !== f.status) changes.push({ kind: 'changed-status', fact: f.id, message: `changed status: ${f.subject}: ${was.status} -> ${f.status}` });
      }
      if (after.conflicts.includes(f.id) && !oldConflicts.has(key)) {
        changes.push({ kind: 'new-conflict', fact: f.id, message: `new conflict: ${f.subject}: ${shown(f)}` });
      }
    }
  }
  return changes;
}
