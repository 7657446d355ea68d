import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spans } from '../../../test/helpers/doc.js';
import { docIn } from '../../../test/helpers/local-doc.js';

const names = (lang: string, text: string) => {
  const doc = docIn(lang, text);
  return spans(doc, doc.entity).map((e) => [e.text, e.type, e.canonical]);
};

test('a leading article leaves the name, and a known body takes its English name', () => {
  assert.deepEqual(names('pt', 'O Partido Trabalhista venceu no Reino Unido.'),
    [['Partido Trabalhista', 'group', 'Labour Party'], ['Reino Unido', 'place', 'United Kingdom']]);
});

test('the first word types a name (these languages put the head first)', () => {
  assert.deepEqual(names('es', 'Agentes de la Guardia Civil llegaron a la Comunitat Valenciana.').slice(-2),
    [['Guardia Civil', 'organization', 'Guardia Civil'], ['Comunitat Valenciana', 'place', 'Valencian Community']]);
});

test('a type word before a name types it', () => {
  assert.deepEqual(names('pt', 'Ela discursou na galeria Serra Azul, no centro.'), [['Serra Azul', 'facility', 'Serra Azul']]);
});

test('lone common words opening sentences are no names', () => {
  assert.deepEqual(names('es', 'Volaron piedras y palos. Mientras, la policía esperaba. Cinco agentes resultaron heridos.'), []);
});

test('a name keeps its lower-case particle', () => {
  assert.deepEqual(names('es', 'El juez habló con Ana de la Vega ayer.').map(([t]) => t), ['Ana de la Vega']);
});

test('a party named by its members after an article is the party; without the article it is no name', () => {
  assert.deepEqual(names('pt', 'A sondagem dava 300 lugares aos trabalhistas e 90 para os conservadores.'),
    [['trabalhistas', 'group', 'Labour Party'], ['conservadores', 'group', 'Conservative Party']]);
  assert.deepEqual(names('es', 'En el Senado, los republicanos bloquearon la ley; los tories callaron.'),
    [['Senado', 'organization', 'Senado'], ['republicanos', 'group', 'Republicans'], ['tories', 'group', 'Conservative Party']]);
  assert.deepEqual(names('es', 'Dos conservadores y varios votantes conservadores se abstuvieron.'), []);
});

test('a place inside a clock zone ("horário de Brasília") is no name of the report', () => {
  assert.deepEqual(names('pt', 'O resultado saiu às 21h, horário de Brasília, em Londres.'), [['Londres', 'place', 'London']]);
  assert.deepEqual(names('es', 'La votación cerró a las 22.00, hora de Canarias, en Tenerife.').map(([t]) => t), ['Tenerife']);
});

test('a place whose name opens with an article keeps it ("El Salvador")', () => {
  assert.deepEqual(names('es', 'Los aviones aterrizaron en El Salvador de madrugada.'), [['El Salvador', 'place', 'El Salvador']]);
});
