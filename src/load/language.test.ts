import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, normaliseLanguage } from './language.js';
import { loadBytes } from './index.js';
import { makeContext } from '../core/context.js';
import { annotateEach } from '../pipeline/analyze.js';
import { extractLine } from '../render/extract-line.js';

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

test('a report in a language crosscheck does not read is kept, listed with its language, and says its figures were not read', () => {
  const ctx = makeContext();
  const text = 'published: 2025-05-14\n\nDie Feuerwehr meldete am Dienstag 42 Verletzte, und der Bürgermeister sagte: "Wir haben so etwas noch nie gesehen."';
  const reports = loadBytes('de.txt', new TextEncoder().encode(text), ctx);
  assert.equal(reports.length, 1);
  const line = extractLine(annotateEach(reports, ctx)[0]!);
  assert.equal(line.report.language, 'de');
  assert.equal(line.report.read, false);
  assert.match(line.report.readReason ?? '', /not read/);
  assert.deepEqual(line.mentions.filter((m) => m.kind !== 'entity'), []);
});

test('an English report is read, and says so', () => {
  const ctx = makeContext();
  const reports = loadBytes('en.txt', new TextEncoder().encode('published: 2025-05-14\n\nThe fire service said 42 people were hurt when the roof of the hall gave way.'), ctx);
  const line = extractLine(annotateEach(reports, ctx)[0]!);
  assert.equal(line.report.language, 'en');
  assert.equal(line.report.read, true);
  assert.ok(line.mentions.some((m) => m.kind === 'quantity' && m.value === 42));
});
