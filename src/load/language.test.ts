import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, normaliseLanguage } from './language.js';
import { loadBytes } from './index.js';
import { makeContext } from '../core/context.js';

const detected: [string, string | null][] = [
  ['The ferry left the harbour late on Friday and the crew said the engines had failed twice.', 'en'],
  ['Los bomberos trabajaron toda la noche para apagar el incendio que arrasó tres naves del polígono.', 'es'],
  ['Según la consejera, las clases se reanudarán el lunes en todos los colegios de la comarca.', 'es'],
  ['Os bombeiros trabalharam a noite inteira para apagar o incêndio que destruiu três galpões.', 'pt'],
  ['De acordo com a secretaria, as aulas serão retomadas na segunda-feira em todas as escolas.', 'pt'],
  ['Els bombers van treballar tota la nit per apagar l\'incendi que va arrasar tres naus del polígon.', 'ca'],
  ['Les pompiers ont travaillé toute la nuit pour éteindre le feu qui a détruit trois entrepôts.', 'fr'],
  ['Die Feuerwehr arbeitete die ganze Nacht, um den Brand zu löschen, der drei Hallen zerstörte.', 'de'],
  // too few words of any language to decide: read as English, the default
  ['Keir Starmer', null],
  ['Breaking: 12 dead', null],
];

for (const [text, want] of detected) {
  test(`detects ${want ?? 'nothing'} in ${JSON.stringify(text.slice(0, 40))}`, () => {
    assert.equal(detectLanguage(text)?.language ?? null, want);
  });
}

test('a header language wins over detection, normalised to ISO 639-1', () => {
  const [r] = loadBytes('x.txt', new TextEncoder().encode('language: pt-BR\n\nThe ferry left the harbour late on Friday and the crew said the engines had failed.'), makeContext());
  assert.equal(r!.meta.language, 'pt');
  assert.equal(r!.meta.languageSource, 'metadata');
  assert.equal(normaliseLanguage('Spanish'), 'es');
  assert.equal(normaliseLanguage('Português'), 'pt');
});

test('a detected language is recorded as detected', () => {
  const [r] = loadBytes('x.txt', new TextEncoder().encode('Los vecinos de la calle Mayor denunciaron que el agua llegó hasta el primer piso de sus casas.'), makeContext());
  assert.equal(r!.meta.language, 'es');
  assert.equal(r!.meta.languageSource, 'detected');
});
