import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spans } from '../../../test/helpers/doc.js';
import { docIn } from '../../../test/helpers/local-doc.js';

const cases: [string, string, [string, string, string | null][]][] = [
  ['es', 'El detenido presuntamente robó dos coches, según la policía.', [['presuntamente', 'hedge', null], ['según', 'attribution', null]]],
  ['es', 'Según Radio Litoral, el puerto sigue cerrado.', [['Según', 'attribution', null], ['Según Radio Litoral', 'citation', 'Radio Litoral']]],
  ['es', 'La policía cifró la asistencia en 12.000 personas.', [['cifró la asistencia en', 'attribution', null]]],
  ['es', 'Murieron tres personas, informó el Ayuntamiento. El alcalde pidió calma.', [['informó', 'attribution', null], ['informó el Ayuntamiento', 'citation', 'Ayuntamiento']]],
  ['pt', 'O suspeito teria fugido para o norte, segundo a polícia.', [['teria', 'hedge', null], ['segundo', 'attribution', null]]],
  ['pt', 'A organização estimou o público em cerca de 8 mil pessoas.', [['estimou o público em', 'attribution', null]]],
];

for (const [lang, text, want] of cases) {
  test(`${lang} cues in ${JSON.stringify(text)}`, () => {
    const doc = docIn(lang, text);
    assert.deepEqual(spans(doc, doc.cue).map((c) => [c.text, c.function, c.source]), want);
  });
}
