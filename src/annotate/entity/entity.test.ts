import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../test/helpers/doc.js';
import { linkEntitiesAcross } from '../../link/entities.js';

const cases: [string, string, string, string][] = [
  ['Mayor Ilse Marrow said the town would rebuild.', 'Ilse Marrow', 'person', 'Ilse Marrow'],
  ['Officials in the United States sent help.', 'United States', 'place', 'United States'],
  ['The U.S. sent help.', 'U.S.', 'place', 'United States'],
  ['The Department of Homeland Security replied.', 'Department of Homeland Security', 'organization', 'Department of Homeland Security'],
  ['They were held at the Kessling Detention Center.', 'Kessling Detention Center', 'facility', 'Kessling Detention Center'],
  ['The Water Safety Act was passed.', 'Water Safety Act', 'law', 'Water Safety Act'],
  // "and" joins two names...
  ['Governor Anna Brandt and Mayor Ilse Marrow met on Monday.', 'Anna Brandt', 'person', 'Anna Brandt'],
  ['Governor Anna Brandt and Mayor Ilse Marrow met on Monday.', 'Ilse Marrow', 'person', 'Ilse Marrow'],
  // ...except inside the name of a body
  ['The Department of Health and Human Services replied.', 'Department of Health and Human Services', 'organization', 'Department of Health and Human Services'],
  // a title word inside the name of a body is part of it; a modifier before a kind of body stays
  ['Members of the Union of Public Workers marched.', 'Union of Public Workers', 'organization', 'Union of Public Workers'],
  ['The Interior Ministry counted the injured.', 'Interior Ministry', 'organization', 'Interior Ministry'],
  ['They met outside the National Library.', 'National Library', 'facility', 'National Library'],
  // the head word decides the type
  ['Crowds filled Parliament Square.', 'Parliament Square', 'place', 'Parliament Square'],
  // an editor's bracketed first name completes the name
  ['"We are ready," President [Anna] Brandt said.', '[Anna] Brandt', 'person', 'Anna Brandt'],
];
for (const [text, span, type, canonical] of cases) {
  test(`entity: ${span}`, () => {
    const doc = docOf(text);
    const got = spans(doc, doc.entity).find((e) => e.text === span);
    assert.ok(got, `found ${JSON.stringify(span)} in ${JSON.stringify(spans(doc, doc.entity).map((e) => e.text))}`);
    assert.equal(got.type, type);
    assert.equal(got.canonical, canonical);
  });
}

test('a title is the role, not part of the span', () => {
  const doc = docOf('Regional rescue chief Tomas Reyl spoke.');
  const e = spans(doc, doc.entity).find((x) => x.text === 'Tomas Reyl');
  assert.equal(e?.role?.toLowerCase().includes('chief'), true);
});

test('a surname resolves to the full name within a report and across reports', () => {
  const a = docOf('Mayor Ilse Marrow spoke. Later Marrow left.');
  assert.equal(spans(a, a.entity).find((e) => e.text === 'Marrow')?.canonical, 'Ilse Marrow');
  const b = docOf('Marrow said the levee failed.');
  const [, linked] = linkEntitiesAcross([a, b]);
  assert.equal(linked!.entity!.find((e) => e.text === 'Marrow')?.canonical, 'Ilse Marrow');
});

const negative: [string, string][] = [
  ['weekdays and months', 'On Sunday in March they met.'],
  ['demonyms', 'Venezuelan and Salvadoran officials met.'],
];
for (const [name, text] of negative) {
  test(`not an entity: ${name}`, () => {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.entity).map((e) => e.text), []);
  });
}

test('a quantity word opening a sentence is no name', () => {
  const doc = docOf('Tens of thousands marched through Kessling.');
  assert.deepEqual(spans(doc, doc.entity).map((e) => e.text), ['Kessling']);
});
