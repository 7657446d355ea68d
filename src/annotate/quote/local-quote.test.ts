import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spans } from '../../../test/helpers/doc.js';
import { docIn } from '../../../test/helpers/local-doc.js';

const cases: [string, string, string, { speaker: string | null; cue?: string | null }][] = [
  ['es', 'La alcaldesa, Marta Ibáñez, habló con los vecinos. "Nadie nos avisó a tiempo", dijo Ibáñez.', 'Nadie nos avisó a tiempo', { speaker: 'Marta Ibáñez', cue: 'dijo' }],
  ['es', '«Vamos a reconstruir cada casa», aseguró el ministro Tomás Rivas en la visita.', 'Vamos a reconstruir cada casa', { speaker: 'Tomás Rivas', cue: 'aseguró' }],
  ['es', 'Tomás Rivas visitó el barrio por la tarde. "No es momento de reproches", afirmó.', 'No es momento de reproches', { speaker: 'Tomás Rivas', cue: 'afirmó' }],
  ['es', 'El concejal Luis Prats recorrió las calles. Y añadió: "Necesitamos más máquinas".', 'Necesitamos más máquinas', { speaker: 'Luis Prats', cue: 'añadió' }],
  ['es', 'Según la portavoz Elena Sanz, "el dique aguantó hasta el final".', 'el dique aguantó hasta el final', { speaker: 'Elena Sanz', cue: 'Según' }],
  ['es', 'Habló el alcalde, Andrés Mora. "Hemos perdido a tres vecinos", declaró el regidor.', 'Hemos perdido a tres vecinos', { speaker: 'Andrés Mora', cue: 'declaró' }],
  ['es', 'La vecina Rosa Gil salió al balcón.\n\n—No nos vamos a ir de aquí —dijo Rosa Gil—.', 'No nos vamos a ir de aquí', { speaker: 'Rosa Gil', cue: 'dijo' }],
  ['pt', '"A água subiu em minutos", disse Paulo Teixeira aos repórteres.', 'A água subiu em minutos', { speaker: 'Paulo Teixeira', cue: 'disse' }],
  ['pt', 'Joana Prado falou depois da contagem. "Aceito o resultado das urnas", afirmou.', 'Aceito o resultado das urnas', { speaker: 'Joana Prado', cue: 'afirmou' }],
  ['pt', 'O prefeito Rui Matos visitou a área. «Ninguém ficará sem abrigo», declarou o prefeito.', 'Ninguém ficará sem abrigo', { speaker: 'Rui Matos', cue: 'declarou' }],
  // the speech verb nearest the quote, whose subject is the person named just before it
  ['es', 'La oposición pidió explicaciones al consejero Raúl Vidal, quien afirmó que "no volverá a pasar".', 'no volverá a pasar', { speaker: 'Raúl Vidal', cue: 'afirmó' }],
  // a role of two words with its holder's name after a comma
  ['es', '"Trabajamos día y noche", explicó su directora general, Pilar Ocaña, en la radio.', 'Trabajamos día y noche', { speaker: 'Pilar Ocaña', cue: 'explicó' }],
  // a pronoun is the titled person who opened a sentence since the last quote
  ['pt', '"Choveu muito", disse Ana Reis. O governador Caio Lemos visitou a região. "Vamos reconstruir tudo", afirmou ele.', 'Vamos reconstruir tudo', { speaker: 'Caio Lemos', cue: 'afirmou' }],
  // a described subject that names no one titled so before stays unnamed, not the last speaker
  ['es', '"Es culpable", dijo la fiscal Ana Ruiz. La defensa, por su parte, aseguró que "no hay pruebas".', 'no hay pruebas', { speaker: null, cue: 'aseguró' }],
];

for (const [lang, text, span, want] of cases) {
  test(`${lang} quote ${JSON.stringify(span)}`, () => {
    const doc = docIn(lang, text);
    const found = spans(doc, doc.quote);
    const q = found.find((m) => m.text === span);
    assert.ok(q, `no ${JSON.stringify(span)} in ${JSON.stringify(found.map((m) => m.text))}`);
    assert.equal(q.speaker, want.speaker);
    if (want.cue !== undefined) assert.equal(q.cue, want.cue);
    assert.equal(q.direct, true);
  });
}

test('a one-word shout in guillemets is no quote', () => {
  const doc = docIn('es', 'La multitud gritaba «dimisión» frente al ayuntamiento.');
  assert.deepEqual(spans(doc, doc.quote), []);
});
