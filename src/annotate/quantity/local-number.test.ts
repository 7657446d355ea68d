import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spans } from '../../../test/helpers/doc.js';
import { docIn } from '../../../test/helpers/local-doc.js';

type Want = { value: number | null; min?: number | null; max?: number | null; approx?: boolean; unit?: string | null; head?: string | null };

const cases: [string, string, string, Want][] = [
  ['es', 'Las lluvias dejaron 1.500 millones de euros en daños.', '1.500 millones de euros', { value: 1500000000, unit: 'EUR' }],
  // a rate's period is part of the unit, as English "a year"
  ['es', 'Velora recibirá 6 millones de dólares al año por el acuerdo.', '6 millones de dólares al año', { value: 6000000, unit: 'USD/yr' }],
  ['pt', 'Velora receberá 6 milhões de dólares por ano pelo acordo.', '6 milhões de dólares por ano', { value: 6000000, unit: 'USD/yr' }],
  ['es', 'Deportaron a 21 integrantes de la banda.', '21 integrantes', { value: 21, head: 'member' }],
  // after a colon, the space before the number is no part of it (only a currency sign takes one)
  ['es', 'Llegaron 261 deportados: 238 venezolanos y 23 salvadoreños.', '238 venezolanos', { value: 238 }],
  // an adjective after a plural noun agrees with it, or it qualifies another noun
  ['es', 'Es una prisión con capacidad para 40.000 reos inaugurada en 2023.', '40.000 reos', { value: 40000 }],
  // a copula in the past tense names what the figure counts ("el número de muertos ... ascendió a")
  ['es', 'El número de muertos por el sismo ascendió a 1.644, informó la junta.', '1.644', { value: 1644, head: 'dead' }],
  // a demonstrative opening a time ends what a number counts
  ['pt', 'O número de mortos subiu para 2.056 nesta segunda-feira.', '2.056', { value: 2056, head: 'dead' }],
  ['es', 'El plan suma 2.350 millones de euros para los agricultores.', '2.350 millones de euros', { value: 2350000000, unit: 'EUR' }],
  ['es', 'La participación fue del 61,4% en la capital.', '61,4%', { value: 61.4, unit: '%' }],
  ['es', 'El paro bajó al 12,1 por ciento en marzo.', '12,1 por ciento', { value: 12.1, unit: '%' }],
  ['es', 'Cayeron 312,5 litros por metro cuadrado en la comarca.', '312,5 litros por metro cuadrado', { value: 312.5, unit: 'L/m²', head: null }],
  ['es', 'Al menos 48 personas murieron en el derrumbe.', 'Al menos 48 personas', { value: null, min: 48, head: 'people' }],
  ['es', 'Más de 300 vecinos fueron desalojados de madrugada.', 'Más de 300 vecinos', { value: null, min: 300, head: 'resident' }],
  ['es', 'Cerca de 90 heridos llegaron al hospital.', 'Cerca de 90 heridos', { value: 90, approx: true, head: 'injured' }],
  ['es', 'Unos 2.000 militares trabajan ya en la zona.', 'Unos 2.000 militares', { value: 2000, approx: true, head: 'soldier' }],
  ['es', 'Casi 70 pasajeros esperaban en el andén.', 'Casi 70 pasajeros', { value: null, max: 70, approx: true, head: 'passenger' }],
  ['es', 'Los bomberos rescataron a tres niños del río.', 'tres niños', { value: 3, head: 'child' }],
  ['es', 'Llegaron dos mil voluntarios el sábado.', 'dos mil voluntarios', { value: 2000, head: 'volunteer' }],
  ['es', 'Un centenar de manifestantes cortó la avenida.', 'Un centenar de manifestantes', { value: 100, approx: true, head: 'protester' }],
  ['es', 'Medio centenar de bomberos llegó de madrugada.', 'Medio centenar de bomberos', { value: 50, approx: true, head: 'firefighter' }],
  ['es', 'Miles de personas salieron a la calle.', 'Miles de personas', { value: null, min: 2000, approx: true, head: 'people' }],
  // a figure named before a copula counts what it names; "de ellos" counts what the figure before counted
  ['es', 'La cifra de fallecidos asciende ya a 57.', '57', { value: 57, head: 'dead' }],
  ['es', 'Hubo 40 muertos, 31 de ellos en la capital.', '31 de ellos', { value: 31, head: 'dead' }],
  ['es', 'El agua alcanzó dos metros y medio en el garaje.', 'dos metros y medio', { value: 2.5, unit: 'm', head: null }],
  ['pt', 'Em seis horas caíram 140 milímetros de chuva sobre a cidade.', '140 milímetros', { value: 140, unit: 'mm', head: null }],
  ['es', 'Se registraron 600 desaparecidos en la primera lista.', '600 desaparecidos', { value: 600, head: 'missing' }],
  ['pt', 'Pelo menos 25 pessoas morreram no deslizamento.', 'Pelo menos 25 pessoas', { value: null, min: 25, head: 'people' }],
  ['pt', 'Mais de 1.200 famílias ficaram sem casa.', 'Mais de 1.200 famílias', { value: null, min: 1200, head: 'family' }],
  ['pt', 'O partido obteve 28,9% dos votos válidos.', '28,9%', { value: 28.9, unit: '%' }],
  ['pt', 'O governo liberou 3,2 milhões de reais para as vítimas.', '3,2 milhões de reais', { value: 3200000, unit: 'BRL' }],
  ['pt', 'Foram eleitos 87 deputados pela coligação.', '87 deputados', { value: 87, head: 'seat' }],
  ['pt', 'A legenda conquistou 412 das 650 cadeiras em disputa.', '412 das 650 cadeiras', { value: 412, head: 'seat' }],
  ['pt', 'Cerca de três mil manifestantes foram às ruas.', 'Cerca de três mil manifestantes', { value: 3000, approx: true, head: 'protester' }],
  ['pt', 'Milhares de pessoas acompanharam o cortejo.', 'Milhares de pessoas', { value: null, min: 2000, approx: true, head: 'people' }],
  ['pt', 'O rio subiu quase 4 metros durante a madrugada.', 'quase 4 metros', { value: null, max: 4, approx: true, unit: 'm', head: null }],
  // the noun said once before "e" / "y" is what the bare number after it counts
  ['pt', 'A sondagem previa 290 cadeiras para a coligação e 120 para a oposição.', '120', { value: 120, head: 'seat' }],
  ['es', 'El recuento dio 160 escaños a la izquierda y 140 a la derecha.', '140', { value: 140, head: 'seat' }],
  // readings on the magnitude scale, before or after the number, and degrees of a quake
  ['es', 'Un terremoto de magnitud 6,9 golpeó la costa norte.', '6,9', { value: 6.9, unit: 'magnitude', head: null }],
  ['es', 'El temblor fue de 5,2 en la escala de Richter.', '5,2 en la escala de Richter', { value: 5.2, unit: 'magnitude' }],
  ['es', 'Un sismo de 6,1 grados despertó a la ciudad.', '6,1 grados', { value: 6.1, unit: 'magnitude' }],
  ['pt', 'O abalo de 5,4 graus na escala Richter derrubou casas.', '5,4 graus na escala Richter', { value: 5.4, unit: 'magnitude' }],
  ['pt', 'Um tremor de magnitude 6,3 atingiu a ilha.', '6,3', { value: 6.3, unit: 'magnitude', head: null }],
  // degrees with no quake before them stay degrees
  ['es', 'El termómetro marcó 41 grados en Sevilla.', '41 grados', { value: 41, unit: '°' }],
  // an adjective before the noun is left out of the head
  ['es', 'La policía detuvo a 14 presuntos miembros de la banda.', '14 presuntos miembros', { value: 14, head: 'member' }],
  // a demonstrative before the noun is skipped as an adjective is
  ['es', 'Fueron expulsados 137 de esos venezolanos.', '137 de esos venezolanos', { value: 137, head: 'venezolano' }],
  ['pt', 'Foram expulsos 137 desses venezuelanos.', '137 desses venezuelanos', { value: 137, head: 'venezuelano' }],
  ['pt', 'A polícia prendeu 19 supostos membros da quadrilha.', '19 supostos membros', { value: 19, head: 'member' }],
  // a verb's past ending after the number is its predicate, not what it counts
  ['pt', 'Foram 48 chegaram de ônibus.', '48', { value: 48, head: null }],
];

for (const [lang, text, span, want] of cases) {
  test(`${lang} quantity ${JSON.stringify(span)}`, () => {
    const doc = docIn(lang, text);
    const found = spans(doc, doc.quantity);
    const q = found.find((m) => m.text === span);
    assert.ok(q, `no ${JSON.stringify(span)} in ${JSON.stringify(found.map((m) => m.text))}`);
    assert.equal(q.value, want.value);
    if (want.min !== undefined) assert.equal(q.min, want.min);
    if (want.max !== undefined) assert.equal(q.max, want.max);
    if (want.approx !== undefined) assert.equal(q.approx, want.approx);
    if (want.unit !== undefined) assert.equal(q.unit, want.unit);
    if (want.head !== undefined) assert.equal(q.countedHead, want.head);
  });
}

const negatives: [string, string][] = [
  ['es', 'El 2019 fue un año muy seco en toda la región.'],
  ['es', 'El rey Felipe VI visitó la zona con el alcalde.'],
  ['es', 'La alarma sonó a las 20.15 horas del martes.'],
  ['es', 'La pandemia de Covid-19 cerró la fábrica.'],
  ['es', 'Recibió un paquete con la documentación.'],
  ['pt', 'O rei Carlos 3º discursou no parlamento.'],
  ['pt', 'A votação terminou às 18h de quinta.'],
  // a name's number is no count
  ['es', 'El avión, un Boeing 787 que despegó de Ostrel, cayó.'],
  ['pt', 'O avião, um Airbus 320 que decolou de Ostrel, caiu.'],
  // an age is no count
  ['es', 'Habló un conductor de 54 años que vio la riada.'],
  ['pt', 'A moradora, de 71 anos, foi resgatada.'],
];

for (const [lang, text] of negatives) {
  test(`${lang} no quantity in ${JSON.stringify(text)}`, () => {
    const doc = docIn(lang, text);
    assert.deepEqual(spans(doc, doc.quantity).map((q) => q.text), []);
  });
}
