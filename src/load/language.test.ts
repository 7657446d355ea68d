import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, normaliseLanguage } from './language.js';
import { loadBytes } from './index.js';
import { makeContext } from '../core/context.js';
import { lexicon } from '../lexicon/index.js';
import { seededFractions } from '../../test/helpers/random.js';

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

/** The detector as first written, by splitting the lower-cased sample: the definition the scanner keeps to. */
function detectBySplitting(text: string): string | null {
  const profiles = lexicon<Record<string, string[]>>('language-profiles');
  const owners = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(profiles)) {
    for (const w of new Set(words.map((x) => x.toLowerCase()))) owners.set(w, [...(owners.get(w) ?? []), lang]);
  }
  const score = new Map<string, number>();
  for (const word of text.slice(0, 4000).toLowerCase().split(/\P{L}+/u)) {
    const langs = word ? owners.get(word) : undefined;
    if (langs) for (const l of langs) score.set(l, (score.get(l) ?? 0) + 1 / langs.length);
  }
  const [best, second] = [...score].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < 2 || (second && best[1] < second[1] * 1.3)) return null;
  return `${best[0]} ${best[1]} ${second?.[1] ?? 0}`;
}

test('the scanner detects what splitting the lower-cased sample detects, on generated text', () => {
  const profiles = lexicon<Record<string, string[]>>('language-profiles');
  const words = [...Object.values(profiles).flat(), 'ÉTÉ', 'Não', 'MÁS', 'İn', 'ΟΔΟΣ', 'straße', 'x\u0308', '𐐀bc', 'de\u0301', 'Über'];
  const glue = [' ', ' ', ' ', ', ', '. ', '\n', '-', '’', '\u00a0', '\ud800', '\udc00', '1', '_', '𝒜', '\u0307'];
  const nextFraction = seededFractions(17);
  const next = (n: number) => Math.floor(nextFraction() * n);
  for (let round = 0; round < 3000; round++) {
    let text = '';
    const length = next(3) === 0 ? 900 : 1 + next(40);
    for (let k = 0; k < length; k++) {
      const w = words[next(words.length)]!;
      text += (next(4) === 0 ? w.toUpperCase() : next(3) === 0 ? w[0]!.toUpperCase() + w.slice(1) : w) + glue[next(glue.length)];
    }
    const got = detectLanguage(text);
    assert.equal(got ? `${got.language} ${got.score} ${got.runnerUp}` : null, detectBySplitting(text), JSON.stringify(text.slice(0, 200)));
  }
});
