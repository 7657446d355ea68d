import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from '../../test/helpers/doc.js';
import { linkEntitiesAcross } from './entities.js';

test('two long forms that define one abbreviation in two languages are one name, the form written most', () => {
  const en = docOf('The men were taken to the Terrorism Confinement Center (CECOT), a prison near Tecoluca.');
  const en2 = docOf('Guards at the Terrorism Confinement Center shaved their heads.');
  const es = docOf('Los deportados fueron recluidos en el Centro de Confinamiento del Terrorismo (CECOT), en Tecoluca.');
  const pt = docOf('Os presos chegaram ao CECOT na madrugada de domingo.');
  const [, , les, lpt] = linkEntitiesAcross([en, en2, es, pt]);
  assert.equal(les!.entity!.find((e) => e.text === 'Centro de Confinamiento del Terrorismo')?.canonical, 'Terrorism Confinement Center');
  assert.equal(les!.entity!.find((e) => e.text === 'CECOT')?.canonical, 'Terrorism Confinement Center');
  assert.equal(lpt!.entity!.find((e) => e.text === 'CECOT')?.canonical, 'Terrorism Confinement Center');
});

test('one long form of an abbreviation stays as its reports write it', () => {
  const a = docOf('Detainees went to the Northern Holding Center (NHC) on Monday.');
  const b = docOf('Inspectors visited NHC on Friday.');
  const [, lb] = linkEntitiesAcross([a, b]);
  assert.equal(lb!.entity!.find((e) => e.text === 'NHC')?.canonical, 'Northern Holding Center');
});
