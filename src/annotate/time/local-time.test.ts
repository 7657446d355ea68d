import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spans } from '../../../test/helpers/doc.js';
import { docIn } from '../../../test/helpers/local-doc.js';

// Published on Wednesday 14 May 2025 unless a row says otherwise.
const cases: [string, string, string, { type: string; value: string; mod?: string | null }, string?][] = [
  ['es', 'La presa cedió el lunes 12 de mayo por la tarde.', 'lunes 12 de mayo', { type: 'DATE', value: '2025-05-12' }],
  ['es', 'El pleno se celebró el 3 de abril en la sede.', '3 de abril', { type: 'DATE', value: '2025-04-03' }],
  ['es', 'La obra empezó en marzo de 2023 y sigue parada.', 'marzo de 2023', { type: 'DATE', value: '2023-03' }],
  // a weekday alone looks back from publication, unless its clause looks ahead
  ['es', 'El alcalde compareció el martes ante la prensa.', 'martes', { type: 'DATE', value: '2025-05-13' }],
  ['es', 'El juicio se reanudará el próximo lunes en la capital.', 'próximo lunes', { type: 'DATE', value: '2025-05-19' }],
  // "la mañana" is the morning, no word of the future
  ['es', 'El tren descarriló a las 7.42 de la mañana del martes cerca de la estación.', 'martes', { type: 'DATE', value: '2025-05-13' }],
  ['es', 'Ayer cerraron los colegios de la comarca.', 'Ayer', { type: 'DATE', value: '2025-05-13' }],
  // clock times on the day of the date next to them
  ['es', 'La sirena sonó a las 21.40 horas del lunes 12 de mayo.', '21.40 horas', { type: 'TIME', value: '2025-05-12T21:40' }],
  ['es', 'El martes, el primer aviso llegó a las 08:15 a los móviles.', '08:15', { type: 'TIME', value: '2025-05-13T08:15' }],
  ['es', 'El martes la riada llegó hacia las 19.00 horas al barrio.', 'hacia las 19.00 horas', { type: 'TIME', value: '2025-05-13T19:00', mod: 'APPROX' }],
  ['es', 'El 2 de febrero el corte empezó a las 10.05 horas, hora peninsular.', '10.05 horas', { type: 'TIME', value: '2025-02-02T10:05+01:00' }],
  ['es', 'El tren quedó parado durante tres horas en el túnel.', 'tres horas', { type: 'DURATION', value: 'PT3H' }],
  ['es', 'Es la peor cifra desde 1998 en la provincia.', '1998', { type: 'DATE', value: '1998' }],
  ['pt', 'A ponte desabou na terça-feira (13) durante a tarde.', 'terça-feira (13)', { type: 'DATE', value: '2025-05-13' }],
  ['pt', 'O acordo foi assinado em 4 de julho de 2024 em Lisboa.', '4 de julho de 2024', { type: 'DATE', value: '2024-07-04' }],
  ['pt', 'As urnas fecharam às 17h (horário de Brasília) de domingo.', '17h', { type: 'TIME', value: '2025-05-11T17:00-03:00' }],
  ['pt', 'Na segunda-feira (12), o resultado saiu à 1h20 pelo horário de Brasília.', '1h20', { type: 'TIME', value: '2025-05-12T01:20-03:00' }],
  // US Eastern time, with US daylight time from the second Sunday of March (published 14 May: summer)
  ['pt', 'A ordem foi registrada às 19h25 no horário de Washington, 20h25 em Brasília.', '19h25', { type: 'TIME', value: '2025-05-14T19:25-04:00' }],
  ['pt', 'A ordem foi registrada às 19h25 no horário de Washington, 20h25 em Brasília.', '20h25', { type: 'TIME', value: '2025-05-14T20:25-03:00' }],
  ['es', 'La orden quedó registrada a las 19.25, horario de Washington.', '19.25', { type: 'TIME', value: '2025-05-14T19:25-04:00' }],
  ['pt', 'O alerta foi enviado às 20h11 de segunda.', '20h11', { type: 'TIME', value: '2025-05-12T20:11' }],
  // "hora local" or an aside in brackets may stand between the clock time and its day
  ['es', 'El camión volcó a las 23.10 hora local del domingo 11 de mayo.', '23.10 hora', { type: 'TIME', value: '2025-05-11T23:10' }],
  ['pt', 'O tremor começou às 3h05 (horário local) de domingo, 11 de maio.', '3h05', { type: 'TIME', value: '2025-05-11T03:05' }],
  ['es', 'La réplica llegó a las 06:40 hora local (04:40 GMT) del domingo.', '06:40 hora', { type: 'TIME', value: '2025-05-11T06:40' }],
  ['es', 'El lunes, los vecinos se concentraron a las 8.30 de la tarde.', '8.30 de la tarde', { type: 'TIME', value: '2025-05-12T20:30' }],
  ['pt', 'No domingo, a marcha saiu às 9 da manhã.', '9 da manhã', { type: 'TIME', value: '2025-05-11T09:00' }],
  ['es', 'Hace dos semanas se inundó el sótano.', 'Hace dos semanas', { type: 'DATE', value: '2025-W18' }],
  ['pt', 'O acordo caiu há três dias.', 'há três dias', { type: 'DATE', value: '2025-05-11' }],
  ['es', 'La empresa despidió a 40 personas la semana pasada.', 'semana pasada', { type: 'DATE', value: '2025-W19' }],
  ['pt', 'A obra termina no próximo ano.', 'próximo ano', { type: 'DATE', value: '2026' }],
  // "jueves 12 a…" is no clock time: the weekday stands alone before a count
  ['es', 'La fiscal pidió este jueves 12 años de cárcel.', 'jueves', { type: 'DATE', value: '2025-05-08' }],
  ['pt', 'O partido governou por 14 anos seguidos.', '14 anos', { type: 'DURATION', value: 'P14Y' }],
  // a bracketed day on another weekday is a slip: the weekday alone decides
  ['pt', 'O decreto saiu na segunda-feira (11).', 'segunda-feira (11)', { type: 'DATE', value: '2025-05-12' }],
];

for (const [lang, text, span, want, published] of cases) {
  test(`${lang} time ${JSON.stringify(span)}`, () => {
    const doc = docIn(lang, text, published);
    const found = spans(doc, doc.time);
    const t = found.find((m) => m.text === span);
    assert.ok(t, `no ${JSON.stringify(span)} in ${JSON.stringify(found.map((m) => [m.text, m.value]))}`);
    assert.equal(t.type, want.type);
    assert.equal(t.value, want.value);
    if (want.mod !== undefined) assert.equal(t.mod, want.mod);
  });
}

const negatives: [string, string][] = [
  // "mañana" after an article is the morning, not tomorrow
  ['es', 'Esa misma mañana se suspendieron las clases.'],
  // a weekday abbreviation inside a word
  ['pt', 'Os deputados terão uma nova sessão.'],
  // an age is no duration
  ['es', 'Lo contó un conductor de 54 años.'],
];

for (const [lang, text] of negatives) {
  test(`${lang} no time in ${JSON.stringify(text)}`, () => {
    const doc = docIn(lang, text);
    assert.deepEqual(spans(doc, doc.time).map((t) => t.text), []);
  });
}
