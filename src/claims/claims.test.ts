// Claims: which event a sentence reports, which figures fill it, and how the report voices it (attributed to whom, by which words, or asserted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from '../../test/helpers/doc.js';
import { docIn } from '../../test/helpers/local-doc.js';
import type { Doc } from '../model/doc.js';
import type { FigureClaim } from '../model/claim.js';
import { figureClaims } from './figures.js';

/** A lookup of `doc`'s figure claims by the words each starts with. */
function figureStartingWith(doc: Doc): (text: string) => FigureClaim | undefined {
  const claims = figureClaims(doc);
  return (text) => claims.find((x) => x.mention.text.startsWith(text));
}

const voices = (text: string) => (docOf(text).claims ?? []).map((c) => [c.type, c.voice, c.attributedTo, c.voiceCue?.text ?? null]);

test('a cue verb closing the sentence attributes what comes before it', () => {
  assert.deepEqual(voices('The flood killed seven people, officials said.'), [['death', 'attributed', 'officials', 'said']]);
});

test('"the service" after the named service resolves to it', () => {
  const got = voices('The Estmark Rescue Service sent boats. Three people died, the service said on Monday.');
  assert.deepEqual(got.find((v) => v[0] === 'death'), ['death', 'attributed', 'Estmark Rescue Service', 'said']);
});

test('a named speaker before the cue verb; a person before a platform', () => {
  assert.deepEqual(voices('Seven people died, Mayor Ilse Marrow told reporters.')[0]?.slice(1), ['attributed', 'Ilse Marrow', 'told']);
  assert.deepEqual(voices('Marrow posted a video on X and said 40 people were arrested.').find((v) => v[1] === 'attributed')?.[2], 'Marrow');
});

test('a claim the report makes itself is asserted', () => {
  assert.deepEqual(voices('The flood killed seven people on Sunday.'), [['death', 'asserted', null, null]]);
});

test('a cue verb in mid-sentence does not attribute what follows its clause', () => {
  const got = voices('Officials said the levee was weak, and seven people died in the flood that night.');
  assert.equal(got.find((v) => v[0] === 'death')?.[1], 'attributed');
});

test('a figure named before its number joins the event its counted words name', () => {
  const claims = docOf('Police raised the number of people arrested during the march to 47.').claims ?? [];
  const arrest = claims.find((c) => c.type === 'arrest');
  assert.equal(arrest?.quantities.length, 1);
});

test('a count of who took part fills the gathering named before it, dated as that gathering', () => {
  const doc = docOf('Farmers staged a protest in Dorn on Saturday. About 4,000 people took part, according to police, though the organisers counted 9,000.', '2025-06-02');
  const joined = (doc.claims ?? []).find((c) => c.trigger.text === 'took part');
  assert.equal(joined?.type, 'protest');
  assert.deepEqual(joined?.quantities.map((i) => doc.quantity![i]!.text), ['About 4,000 people'], 'the figure in another clause is not the crowd');
  assert.equal(joined?.when?.value, '2025-05-31');
  assert.equal(joined?.attributedTo, 'police');
});

test('words of joining with no gathering named before them make no claim', () => {
  const doc = docOf('About 4,000 people took part in the survey.');
  assert.deepEqual((doc.claims ?? []).map((c) => c.type), []);
});

test('an estimate attributes its figure to the words before it, or to the person "she" stands for', () => {
  assert.deepEqual(voices('The police put the turnout at 32,000 people.'), [['protest', 'attributed', 'police', 'put the turnout at']]);
  const got = voices('Interior Minister Lidia Saro visited the square. She said 14 officers were injured.');
  assert.deepEqual(got.find((v) => v[0] === 'injury')?.slice(1), ['attributed', 'Lidia Saro', 'said']);
  assert.deepEqual(voices('They said 14 officers were injured.').find((v) => v[0] === 'injury')?.slice(1), ['attributed', null, 'said']);
});

test('a cue closing its clause before another attributes what comes before it', () => {
  assert.deepEqual(voices('The toll rose to seven on Tuesday, the rescue service said, after divers found two more bodies.')[0]?.slice(1, 3), ['attributed', 'rescue service']);
});

test('"the crowd" counts the gathering named before it, with the figure after it', () => {
  const doc = docOf('Farmers staged a protest in Dorn on Saturday. Organisers put the crowd at 9,000.');
  const joined = (doc.claims ?? []).find((c) => c.trigger.text === 'the crowd');
  assert.equal(joined?.type, 'protest');
  assert.deepEqual(joined?.quantities.map((i) => doc.quantity![i]!.text), ['9,000']);
});

test('the precision a number was written to', async () => {
  const { writtenStep } = await import('./figures.js');
  assert.equal(writtenStep('11 per cent', 11), 1);
  assert.ok(Math.abs(writtenStep('11.1%', 11.1) - 0.1) < 1e-9);
  assert.ok(Math.abs(writtenStep('33,7%', 33.7) - 0.1) < 1e-9);
  assert.equal(writtenStep('3,403 flights', 3403), 1);
  assert.equal(writtenStep('$1.08 billion', 1.08e9), 1e7);
  assert.equal(writtenStep('1.500 millones', 1.5e9), 1e6);
  assert.equal(writtenStep('seven deaths', 7), 1);
});

test('a count whose own noun is a role takes that role, not a nearer one', () => {
  const doc = docOf('The ministry said 1,644 people had been killed and 3,408 injured in the quake.');
  const roles = Object.fromEntries((doc.figures ?? []).map((f) => [f.mention.text, f.role]));
  assert.equal(roles['1,644 people'], 'death');
  assert.equal(roles['3,408 injured'], 'injury');
});

const figureOf = (text: string, span: string, lang?: string) => {
  const doc = lang ? docIn(lang, text) : docOf(text);
  const f = figureClaims(doc).find((x) => x.mention.text === span);
  assert.ok(f, `no figure ${JSON.stringify(span)}`);
  return f;
};

test('a percentage of the vote is a share, in any of the languages read', () => {
  assert.equal(figureOf('The Greens took about 12% of the vote.', 'about 12%').role, 'share');
  assert.equal(figureOf('Os verdes tiveram 12,4% dos votos.', '12,4%', 'pt').role, 'share');
  assert.equal(figureOf('Los verdes lograron el 12,4% de los votos.', '12,4%', 'es').role, 'share');
  // a count of votes is no share
  assert.notEqual(figureOf('The Green candidate polled 8,200 votes.', '8,200 votes').role, 'share');
});

test('Spanish and Portuguese verbs of winning and projecting give their roles in any person', () => {
  assert.equal(figureOf('Os verdes conquistaram 41 cadeiras no parlamento.', '41 cadeiras', 'pt').role, 'seats-won');
  assert.equal(figureOf('La encuesta de salida proyectaba 41 escaños para los verdes.', '41 escaños', 'es').role, 'forecast');
});

test('a verb of staying ("ficou") yields to another role of its clause', () => {
  assert.equal(figureOf('A participação ficou em cerca de 58% no país.', 'cerca de 58%', 'pt').role, 'turnout');
  assert.equal(figureOf('O partido ficou com 77 cadeiras.', '77 cadeiras', 'pt').role, 'seats-won');
});

test('context words are singular without turning "-ves" into "-fe" ("Conservatives" meets "conservadores")', () => {
  assert.ok(figureOf('The Conservatives won 90 seats.', '90 seats').context.includes('conservative'));
  assert.ok(figureOf('Rescuers saved 40 lives in the valley.', '40 lives').head !== null);
});

test('people counted by their nationality are one head in English, Spanish and Portuguese', () => {
  const head = 'nationals of Honduras';
  assert.equal(figureOf('The charter flew 61 Hondurans to San Pedro Sula.', '61 Hondurans').head, head);
  assert.equal(figureOf('El vuelo devolvió a 61 hondureños a su país.', '61 hondureños', 'es').head, head);
  assert.equal(figureOf('O voo levou 61 hondurenhos de volta.', '61 hondurenhos', 'pt').head, head);
  // a word that only ends like a demonym is no nationality
  assert.equal(figureOf('The team hired 40 women and 3 technicians.', '40 women').head, 'woman');
});

test('a role word right after the figure\'s verb is its role, before a nearer one of the clause', () => {
  assert.equal(figureOf('Murieron 30 personas y más de 400 resultaron heridas.', 'más de 400', 'es').role, 'injury');
  assert.equal(figureOf('Morreram 30 pessoas e 400 ficaram feridas.', '400', 'pt').role, 'injury');
  assert.equal(figureOf('Thirty people died and more than 400 were injured.', 'more than 400').role, 'injury');
});

test('Spanish and Portuguese verbs of deporting give the removal role', () => {
  assert.equal(figureOf('El gobierno deportó a 130 presuntos miembros de la banda.', '130 presuntos miembros', 'es').role, 'removal');
  assert.equal(figureOf('O governo deportou 130 supostos membros da gangue.', '130 supostos membros', 'pt').role, 'removal');
});

test('a magnitude reads alike in English and Spanish', () => {
  assert.equal(figureOf('A magnitude 6.4 earthquake hit the coast.', 'magnitude 6.4').measure, 'amount:magnitude');
  assert.equal(figureOf('Un terremoto de magnitud 6,4 sacudió la costa.', '6,4', 'es').measure, 'amount:magnitude');
});

test('"según" and "segundo" name their source in the phrase after them, as "according to" does', () => {
  const pt = figureOf('Segundo a contagem oficial, os verdes conquistaram 41 cadeiras.', '41 cadeiras', 'pt');
  assert.equal(pt.attributedTo, 'contagem oficial');
  assert.ok(pt.about.includes('Greens') || pt.about.length === 0 || !pt.about.includes(pt.attributedTo ?? ''));
  assert.equal(figureOf('Según la Guardia Civil, 40 personas fueron rescatadas.', '40 personas', 'es').attributedTo, 'Guardia Civil');
});

test('a figure needed for something is a threshold, not a count of it', () => {
  assert.equal(figureOf('The Greens passed the 326 seats needed for a majority.', '326 seats').role, 'threshold');
  assert.equal(figureOf('Faltam 20 votos necessários para aprovar a lei.', '20 votos necessários', 'pt').role, 'threshold');
  assert.equal(figureOf('Hay 5.000 militares desplegados en la zona.', '5.000 militares desplegados', 'es').role, 'deployment');
});

test('seats declared are a running count; "declared dead" stays a death', () => {
  assert.equal(figureOf('By dawn, 648 of the 650 seats had been declared.', '648').role, 'declared');
  assert.equal(figureOf('Twelve people were declared dead at the scene.', 'Twelve people').role, 'death');
});

test('the verb of the predicate, past a phrase of place, and the governing verb give the role', () => {
  assert.equal(figureOf('The other 241 people on board were killed, the airline said.', '241 people').role, 'death');
  assert.equal(figureOf('Teams had identified 32 victims through DNA tests.', '32 victims').role, 'identified');
});

test('a figure in a sentence opening on "It" reads the sentence before as what it is about', () => {
  const doc = docOf('Anger is growing over the flood alert sent to phones by the regional government. It went out at 8.12pm, hours late.');
  const f = figureClaims(doc).find((x) => x.mention.text.startsWith('8.12pm'));
  assert.ok(f, 'the time is a figure');
  assert.ok(f.context.includes('alert') && f.context.includes('phone'), f.context.join(' '));
  const plain = figureClaims(docOf('Anger is growing over the flood alert sent to phones. The ferry went out at 8.12pm, hours late.')).find((x) => x.mention.text.startsWith('8.12pm'));
  assert.ok(plain && !plain.context.includes('alert'), plain?.context.join(' '));
});

test('"according to" right after a figure names its own source, up to the next figure', () => {
  const doc = docOf('The rally in Dorn drew 9,000 people according to police and between 20,000 and 25,000 according to the independent Archive of Public Gatherings.');
  const of = (text: string) => figureClaims(doc).find((x) => x.mention.text === text);
  assert.equal(of('9,000 people')?.attributedTo, 'police');
  assert.equal(of('20,000')?.attributedTo, 'Archive of Public Gatherings');
  assert.equal(of('20,000')?.bound, 'lower');
  assert.equal(of('25,000')?.bound, 'upper');
});

test('"carrying" puts a count on board, never a time of the same sentence; a year takes its role from its own clause', () => {
  const jet = figureClaims(docOf('A jet carrying 242 people crashed in Ostrel on Thursday.')).find((x) => x.mention.text.startsWith('242'));
  assert.equal(jet?.role, 'on-board');
  const notice = figureClaims(docOf('The notice appeared at 19:25 EDT on Saturday, although it is unclear when the planes carrying the men left.'))
    .find((x) => x.measure === 'time');
  assert.ok(notice && notice.role !== 'on-board', notice?.role ?? 'none');
  const year = figureClaims(docOf('The planes carrying the men left despite a ruling that blocked the 18th-century Varn Act.')).find((x) => x.measure === 'year');
  assert.equal(year?.role, null);
});

test('a count\'s part of a whole: on board, on the ground, or the whole when "including" stands between', () => {
  const doc = docOf('Of the 242 people on board the flight, 241 were killed. At least 29 people died on the ground. The toll rose to 265, including people on the ground.');
  const of = figureStartingWith(doc);
  assert.equal(of('241')?.part, 'on-board');
  assert.equal(of('At least 29')?.part, 'ground');
  assert.equal(of('265')?.part, undefined);
});

test('a year after "since" is what a figure is compared with, not when it was given', () => {
  const f = figureClaims(docOf('Turnout was 59.7%, the lowest since 2001.', '2024-07-10')).find((x) => x.mention.text === '59.7%');
  assert.equal(f?.asOf, '2024-07-10');
  assert.equal(f?.asOfStated, false);
});

test('a role word inside a name is the name\'s, not the figure\'s role', () => {
  const f = figureClaims(docOf('Officials moved 23 members of the Salt Crew Syndicate to Velora.')).find((x) => x.mention.text.startsWith('23'));
  assert.notEqual(f?.role, 'on-board');
});

test('a bare count\'s predicate noun: "are convicted criminals" names criminals; "were killed there" names nothing', () => {
  const doc = docOf('Of those held, 140 are convicted criminals. A tower fell in Vessby and 10 were killed there.');
  const of = (text: string) => figureClaims(doc).find((x) => x.mention.text === text);
  assert.equal(of('140')?.head, 'criminal');
  assert.notEqual(of('10')?.head, 'there');
});

test('the verb after an aside set off by commas gives a count its role', () => {
  const doc = docOf('Three crew members, two pilots and a cook, were rescued from the hull. Four divers, all volunteers, were injured.');
  const of = figureStartingWith(doc);
  assert.equal(of('Three crew')?.role, 'rescue');
  assert.equal(of('Four divers')?.role, 'injury');
});

test('a part phrase of another clause is not a count\'s part, unless the sentence opens on the whole', () => {
  const doc = docOf('Divers had recovered 41 bodies by Friday, two days after the crash killed all 67 people aboard the two aircraft. Of the 64 people on board the jet, 50 were killed.');
  const of = figureStartingWith(doc);
  assert.equal(of('41')?.part, undefined);
  assert.equal(of('50')?.part, 'on-board');
});

test('a bare count on board counts people: "the jet, with 64 on board"', () => {
  const f = figureClaims(docOf('The Northway jet, with 64 on board, hit the helicopter.')).find((x) => x.mention.text === '64');
  assert.equal(f?.head, 'people');
  assert.equal(f?.role, 'on-board');
});

test('"was 12 years old" counts an age, as "the 12-year-old jet" does', () => {
  const heads = (text: string) => figureClaims(docOf(text)).map((f) => [f.mention.text, f.head]);
  assert.deepEqual(heads('The jet that crashed at Pell was 12 years old.'), [['12 years old', 'age']]);
  assert.deepEqual(heads('Its 12-year-old Boeing had passed every check.'), [['12-year-old', 'age']]);
});

test('another count\'s own words and the part phrase past it are that count\'s; those on board then what befell them', () => {
  const doc = docOf('The freighter crashed on takeoff, killing all four crew members and at least 11 people on the ground. The four pilots died.');
  const of = figureStartingWith(doc);
  assert.equal(of('at least 11')?.role, 'death');
  assert.equal(of('at least 11')?.part, 'ground');
  assert.equal(of('four crew')?.role, 'death');
  assert.equal(of('four crew')?.part, 'on-board', 'the crew are on board, not on the ground past the 11');
  assert.equal(of('four pilots')?.role, 'death');
});

test('"houses" is a noun of a disaster story, no verb of capacity', () => {
  const f = figureClaims(docOf('The cargo jet hit a row of houses on Sunday evening.')).find((x) => x.mention.text === 'Sunday evening');
  assert.notEqual(f?.role, 'capacity');
});

test('the whole of a part is those on board when the phrase says so; counts joined to the part share its verb', () => {
  const doc = docOf('The plane came down on a hillside, killing 57 of the 62 people on board and at least six residents on the ground. The state counted 63 people dead, 57 of them aboard the aircraft and six on the ground.');
  const of = (text: string) => figureClaims(doc).filter((x) => x.mention.text.startsWith(text)).map((x) => [x.role, x.part]);
  assert.deepEqual(of('62 people'), [['on-board', undefined]]);
  assert.deepEqual(of('57'), [['death', 'on-board'], ['death', 'on-board']]);
  assert.deepEqual(of('at least six'), [['death', 'ground']]);
  assert.deepEqual(of('six'), [['death', 'ground']]);
});

test('"238 seriam integrantes": a conditional copula ends the counted noun and names the predicate noun, in its shared form', () => {
  const f = figureClaims(docIn('pt', 'Segundo o governo, 238 seriam integrantes do Tren de Aragua.')).find((x) => x.mention.text.startsWith('238'));
  assert.equal(f?.head, 'member');
});

test('a count whose own noun is those on board is on board: "58 passengers died", "57 ocupantes do avião que morreram"', () => {
  assert.equal(figureClaims(docOf('All 58 passengers died when the jet hit the hill.')).find((x) => x.mention.text.startsWith('All 58') || x.mention.text.startsWith('58'))?.part, 'on-board');
  assert.equal(figureClaims(docIn('pt', 'Chegam a nove as vítimas em solo, além dos 57 ocupantes do avião que morreram.')).find((x) => x.mention.text.startsWith('57'))?.part, 'on-board');
});

test('a time of taking off is a departure; a count beside it is not', () => {
  const doc = docOf('The turboprop departed at 6:52 a.m. with 62 people aboard. It came down at 6:54 a.m.');
  const of = figureStartingWith(doc);
  assert.equal(of('6:52')?.role, 'departure');
  assert.notEqual(of('62')?.role, 'departure');
  assert.notEqual(of('6:54')?.role, 'departure');
});

test('people sheltering or displaced are evacuees, in English, Spanish and Portuguese', () => {
  const role = (doc: ReturnType<typeof docOf>) => figureClaims(doc).find((x) => x.measure === 'count')?.role;
  assert.equal(role(docOf('More than 24,000 people were sheltering in schools.')), 'evacuation');
  assert.equal(role(docIn('es', 'Hay cerca de 21.000 personas desplazadas en el sur.')), 'evacuation');
  assert.equal(role(docIn('pt', 'Cerca de 18 mil pessoas estão desalojadas.')), 'evacuation');
});
