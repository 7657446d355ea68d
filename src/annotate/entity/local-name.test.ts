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
