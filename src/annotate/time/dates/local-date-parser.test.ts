import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDay } from '../calendar.js';
import { localDates } from './local-date-parser.js';

// Published Sunday 16 March 2025: [language, sentence, readings as "words|grain|day|stated|weekday"].
const REF = new Date('2025-03-16T12:00:00Z');
const cases: [string, string, string[]][] = [
  ['es', 'La DANA llegó el martes 29 de octubre de 2024.', ['martes 29 de octubre de 2024|day|2024-10-29|true|null']],
  ['es', 'Se votó el 1º de marzo.', ['1º de marzo|day|2025-03-01|false|null']],
  ['es', 'Ayer llovió en Valencia.', ['Ayer|day|2025-03-15|true|null']],
  ['es', 'El lunes habrá pleno.', ['lunes|day|2025-03-17|false|1']],
  ['es', 'El próximo martes se vota.', ['próximo martes|day|2025-03-18|false|null']],
  ['es', 'Las lluvias de octubre de 2024.', ['octubre de 2024|month|2024-10-01|false|null']],
  ['pt', 'A eleição foi em 4 de julho de 2024.', ['4 de julho de 2024|day|2024-07-04|true|null']],
  ['pt', 'Na quinta-feira, o partido venceu.', ['quinta-feira|day|2025-03-13|false|4']],
  ['pt', 'Ontem o governo caiu.', ['Ontem|day|2025-03-15|true|null']],
];

const negative: [string, string, string][] = [
  ['a Portuguese month alone', 'pt', 'Em julho, o partido venceu.'],
  ['a weekday inside a word', 'es', 'Los lunesianos votaron.'],
  ['a day beyond a month', 'es', 'El 45 de marzo no existe.'],
];

const line = (r: ReturnType<typeof localDates>[number]) => `${r.text}|${r.grain}|${isoDay(new Date(r.day))}|${r.stated}|${r.weekday}`;

for (const [lang, text, want] of cases) test(`local date (${lang}): ${text}`, () => assert.deepEqual(localDates(text, REF, lang).map(line), want));
for (const [why, lang, text] of negative) test(`local date: not ${why}`, () => assert.deepEqual(localDates(text, REF, lang).map(line), []));
