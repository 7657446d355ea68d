// Facts on any story: figures linked by what they say (what is counted, its role, the names it is
// about, the words around it), never by a fixed event list or by their value alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactJson } from '../src/model/record.js';
import { buildStory } from '../src/reconcile/index.js';
import { linkEntitiesAcross } from '../src/link/entities.js';
import { makeContext } from '../src/core/context.js';
import { docOf } from './helpers/doc.js';

// Names linked across the reports first, as analyze links them.
const factsOf = (docs: ReturnType<typeof docOf>[]): FactJson[] => buildStory(linkEntitiesAcross(docs), new Map(), makeContext()).events.flatMap((e) => e.facts);
/** The fact holding the value written `text` in report `doc`. */
const factWith = (facts: readonly FactJson[], doc: ReturnType<typeof docOf>, text: string) =>
  facts.find((f) => f.values.some((v) => v.report === doc.report.id && v.text === text));

test('two reports giving 230 and 242 people on board meet in one fact and conflict', () => {
  const a = docOf('The airliner came down shortly after take-off from Ravel. There were 230 people on board the jet, the carrier said.');
  const b = docOf('An airliner crashed moments after leaving Ravel airport. The jet was carrying 242 people on board, officials said.');
  const facts = factsOf([a, b]);
  const fact = factWith(facts, a, '230 people');
  assert.ok(fact, 'the 230 figure is in a fact');
  assert.ok(fact.values.some((v) => v.report === b.report.id && v.value === 242), `242 joins it: ${JSON.stringify(fact)}`);
  assert.equal(fact?.status, 'conflict');
  assert.match(fact.reason ?? '', /linked:/);
});

test('the dead and those on board are two facts, even in the same sentences', () => {
  const a = docOf('The crash in Ravel killed 241 people. There were 242 people on board the jet.');
  const b = docOf('Of the 242 people on board the jet that crashed in Ravel, 241 were killed.');
  const facts = factsOf([a, b]);
  const killed = factWith(facts, a, '241 people');
  const onBoard = factWith(facts, a, '242 people');
  assert.ok(killed && onBoard);
  assert.notEqual(killed.id, onBoard.id);
  assert.ok(killed.values.every((v) => v.value === 241), JSON.stringify(killed.values));
});

test('the same figure agrees; a figure of another thing never joins it', () => {
  const a = docOf('Officials counted 4,000 beds in the new wing of the Ostrel prison.');
  const b = docOf('The new wing of the Ostrel prison has 4,000 beds, officials said. It is staffed by 300 guards.');
  const facts = factsOf([a, b]);
  const beds = factWith(facts, a, '4,000 beds');
  assert.ok(beds);
  assert.equal(beds.status, 'agree');
  assert.ok(beds.values.every((v) => v.value === 4000));
});

test('a running toll given on different days is evolving, latest first in the reason', () => {
  const a = docOf('Floods in the Varn valley have killed 40 people, the regional government said.', '2025-04-02');
  const b = docOf('The death toll from the Varn valley floods rose to 62 people, the regional government said.', '2025-04-04');
  const fact = factWith(factsOf([a, b]), a, '40 people');
  assert.ok(fact);
  assert.equal(fact.status, 'evolving');
  assert.match(fact.reason ?? '', /latest 62/);
});

test('a duration is a fact with its span', () => {
  const doc = docOf('The prison allows inmates 30 minutes of exercise daily.');
  const duration = factsOf([doc]).find((f) => f.attribute.startsWith('duration'));
  assert.ok(duration, 'a duration fact');
  assert.equal(duration.status, 'single');
  const v = duration.values[0]!;
  assert.equal(doc.report.text.slice(v.start, v.end), v.text);
});

test('a year named in passing never dates an event', () => {
  const a = docOf('Under a law passed in 1798, the council evacuated 300 residents from Kessel on Sunday.', '2025-03-17');
  const b = docOf('About 300 residents of Kessel were evacuated on Sunday, using powers from 1798.', '2025-03-17');
  const record = buildStory([a, b], new Map(), makeContext());
  for (const e of record.events) assert.ok(!e.when || !e.when.value.startsWith('1798'), `${e.label} is dated ${e.when?.value}`);
});

test('an attributed value carries the span of the words that attribute it', () => {
  const doc = docOf('The new wing has 5,000 beds, the warden said. It has 300 guards, according to the union.');
  const values = factsOf([doc]).flatMap((f) => f.values);
  const cues = values.map((v) => v.voiceCue ?? null).filter((c) => c !== null);
  assert.ok(cues.length >= 1, 'at least one attributed value');
  for (const c of cues) assert.equal(doc.report.text.slice(c.start, c.end), c.text);
  assert.ok(cues.some((c) => c.text === 'according to' || c.text === 'said'));
});

test('a hedge inside a value\'s own words hedges it, whatever its sentence says', () => {
  const doc = docOf('Police deported 200 alleged gang members on Monday.');
  const v = factsOf([doc]).flatMap((f) => f.values).find((x) => x.text === '200 alleged gang members');
  assert.ok(v, 'the count is in the record');
  assert.equal(v.voice, 'hedged');
  assert.equal(v.voiceCue?.text, 'alleged');
});

test('a name spelled two ways by two reports is a conflict; spelled with and without accents it agrees', () => {
  const a = docOf('In Castrel, the insurer Parvex Holdings, led by Jonatan Hatzor, put the losses at $1.8bn. Minister Ivica Dačić denied it.');
  const b = docOf('In Castrel, Parvex Holdings chief executive Yonatan Hatzor said losses were far lower. Minister Ivica Dacic spoke later.');
  const names = factsOf([a, b]).filter((f) => f.attribute.startsWith('name:'));
  const hatzor = names.find((f) => f.values.some((v) => v.text.includes('Hatzor')));
  assert.ok(hatzor, JSON.stringify(names.map((f) => f.subject)));
  assert.equal(hatzor.status, 'conflict');
  const dacic = names.find((f) => f.values.some((v) => v.text.includes('Da')));
  assert.ok(dacic);
  assert.equal(dacic.status, 'agree');
});

test('the same words quoted by two reports are one quote fact of their speaker', () => {
  const a = docOf('"We will rebuild every bridge," Mayor Ilse Marrow said on Monday.');
  const b = docOf('Mayor Ilse Marrow said: "We will rebuild every bridge."');
  const quote = factsOf([a, b]).find((f) => f.attribute === 'quote');
  assert.ok(quote);
  assert.equal(quote.status, 'agree');
  assert.equal(new Set(quote.values.map((v) => v.report)).size, 2);
});

test('two reports giving nearly one share, each exact, are one fact in conflict', () => {
  const a = docOf('The Verdant Party won the Ostrel election with a national vote share of 33.8%, the commission said.');
  const b = docOf('In the Ostrel election the national vote share of the Verdant Party was 33.7%, the commission said.');
  const fact = factWith(factsOf([a, b]), a, '33.8%');
  assert.ok(fact?.values.some((v) => v.report === b.report.id && v.value === 33.7), JSON.stringify(fact));
  assert.equal(fact?.status, 'conflict');
});

test('a share written rounded is compatible with the finer one', () => {
  const a = docOf('Shares in Corvane closed down 11.1% on the Ostrel exchange on Friday.');
  const b = docOf('Corvane shares closed 11 per cent down on the Ostrel exchange on Friday.');
  const fact = factWith(factsOf([a, b]), a, '11.1%');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'compatible');
});

test('two sayings sharing only function words are two quotes; a first name and a full name are one speaker', () => {
  const a = docOf('The Vantrix outage in Ostrel hit banks. "This is not a security incident or a break-in," Ilse Marrow wrote on Friday.');
  const b = docOf('The Vantrix outage in Ostrel hit banks. "This is not a security incident or a break-in," Marrow wrote. "This is not a flood event," Tomas Vell said.');
  const c = docOf('The Vantrix outage in Ostrel hit banks. "This is not a security incident or a break-in," Ilse said.');
  const facts = factsOf([a, b, c]).filter((f) => f.kind === 'quote');
  const marrow = factWith(facts, a, 'This is not a security incident or a break-in');
  assert.ok(marrow);
  assert.ok(!marrow.values.some((v) => v.text.includes('flood')), JSON.stringify(marrow.values));
  assert.equal(marrow.status, 'agree', marrow.reason);
});

test('one name spelled two ways by two reports is a conflict', () => {
  const a = docOf('The Vantrix outage in Ostrel hit banks, Mayor Ilse Marrow said. The insurer Parvel, founded by Jonatan Hatzel, put the loss at $1 billion.');
  const b = docOf('The Vantrix outage in Ostrel hit banks, Mayor Ilse Marrow said. Yonatan Hatzel, who founded the insurer Parvel, put the loss at $1 billion.');
  const name = factsOf([a, b]).find((f) => f.kind === 'name' && f.values.some((v) => v.text.endsWith('Hatzel')));
  assert.equal(name?.status, 'conflict', JSON.stringify(name));
});

test('"last month" beside two reports giving the day names the period: the day is agreed', () => {
  const a = docOf('The Ostrel dam burst on 12 March, flooding the valley, the water agency said.', '2025-04-10');
  const b = docOf('When the Ostrel dam burst on March 12, the valley flooded, the water agency said.', '2025-04-10');
  const c = docOf('The Ostrel dam burst last month, flooding the valley, the water agency said.', '2025-04-10');
  const fact = factWith(factsOf([a, b, c]), a, '12 March');
  assert.ok(fact?.values.some((v) => v.report === b.report.id) && fact.values.some((v) => v.report === c.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'agree', fact?.reason);
});

test('a place given as the speaker yields to the person or body another report names', () => {
  const a = docOf('Protesters marched in Ostrel on Saturday. "The device is not in accordance with the law," the Interior Ministry said.');
  const b = docOf('Protesters marched in Ostrel on Saturday. "The device is not in accordance with the law," Ostrel said.');
  const quote = factsOf([a, b]).find((f) => f.kind === 'quote' && f.values.length > 1);
  assert.equal(quote?.status, 'agree', JSON.stringify(quote));
});

test('a time alone on its line takes the entry below it as its words', () => {
  const a = docOf('Live: the Ostrel protest.\n\n19:32 GMT\n\nStudents declared the Ostrel protest over and asked people to leave Pioneer Park.');
  const b = docOf('At 7:32 p.m. CET students declared the Ostrel protest over and asked people to leave Pioneer Park.');
  const fact = factWith(factsOf([a, b]), a, '19:32 GMT');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
});

test('a magnitude of 7.7 and of 7.8 for one quake are one figure in conflict', () => {
  const a = docOf('A magnitude 7.7 earthquake struck near Ostrel on Friday, the geological survey said.');
  const b = docOf('The earthquake that struck near Ostrel on Friday had a magnitude of 7.8, the geological survey said.');
  const fact = factWith(factsOf([a, b]), a, 'magnitude 7.7');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'conflict');
});

test('a running count given as rising bounds on later days evolves; "since Friday" is where it started, not when', () => {
  const a = docOf('Norvale Air has cancelled more than 3,500 flights since the outage began, the airline said.', '2025-07-21');
  const b = docOf('Norvale Air has cancelled more than 5,000 flights since Friday, the airline said.', '2025-07-22');
  const fact = factWith(factsOf([a, b]), a, 'more than 3,500 flights');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'evolving', fact?.reason);
});

test('a bare clock time meets the same time of another report whose day it took from elsewhere', () => {
  const a = docOf('The flood alert reached phones in Ostrel at 20:11, long after the river burst, the regional government said.', '2025-10-31');
  const b = docOf('Marchers asked on Saturday why the warning had sounded only at 8.11pm.', '2025-11-09');
  const fact = factWith(factsOf([a, b]), a, '20:11');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
});

test('two counts nearest two different names are two figures, not a conflict', () => {
  const a = docOf('The Ostrel exit poll forecast 410 seats for the Harbour Party and a rout for the Valley Party, broadcasters said.');
  const b = docOf('Pollsters working for the broadcasters gave the Harbour Party a landslide in Ostrel and forecast 131 seats for the Valley Party.');
  const facts = factsOf([a, b]);
  const fact = factWith(facts, a, '410 seats');
  assert.ok(fact && !fact.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
  assert.ok(!facts.some((f) => f.status === 'conflict'), JSON.stringify(facts.map((f) => f.reason)));
});

test('a running toll given differently by two reports of one day, then higher, evolves', () => {
  const a = docOf('The Ostrel earthquake has killed 144 people, officials said.', '2025-03-28');
  const b = docOf('The Ostrel earthquake has killed 1,002 people, officials said.', '2025-03-28');
  const c = docOf('The Ostrel earthquake has killed 1,644 people, officials said.', '2025-03-29');
  const fact = factWith(factsOf([a, b, c]), a, '144 people');
  assert.ok(fact?.values.some((v) => v.report === c.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'evolving', fact?.reason);
});

test('exact tolls two reports give for one stated day conflict', () => {
  const a = docOf('The storm killed 21 people in Ostrel on Tuesday, the rescue service said.', '2025-03-28');
  const b = docOf('The storm killed 23 people in Ostrel on Tuesday, the rescue service said.', '2025-03-28');
  const fact = factWith(factsOf([a, b]), a, '21 people');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'conflict', fact?.reason);
});

test('a figure that is not a running one, given differently by an undated report, conflicts rather than moves', () => {
  const a = docOf('The Ostrel government approved a €10.6bn aid package for the flood towns.', '2025-11-05');
  const b = docOf('The Ostrel government approved a €10.6bn aid package for the flood towns last week.', '2025-11-12');
  const c = docOf('The Ostrel government approved a €10.4bn aid package for the flood towns.', null);
  const fact = factWith(factsOf([a, b, c]), a, '€10.6bn');
  assert.ok(fact?.values.some((v) => v.report === c.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'conflict', fact?.reason);
});

test('a running count two reports give on one day, neither dating it to one moment, evolves', () => {
  const names = ' The Norvale update crashed machines at Delmar Airlines and Ostrel Rail, and Norvale apologised.';
  const a = docOf(`Nearly 3,000 flights have been cancelled worldwide so far today after the Norvale outage, Skylog data shows.${names}`, '2025-07-19');
  const b = docOf(`In all, 5,078 flights were cancelled worldwide on July 19 after the Norvale outage, Skylog data shows.${names}`, '2025-07-24');
  const fact = factWith(factsOf([a, b]), a, 'Nearly 3,000 flights');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'evolving', fact?.reason);
});

test('a count given as floors that rise on later days evolves, whatever it counts', () => {
  const a = docOf('More than 3,000 citizens have contacted the Ostrel rights group about the noise, it said.', '2025-03-17');
  const b = docOf('More than 4,000 citizens have now contacted the Ostrel rights group about the noise, it said.', '2025-03-31');
  const fact = factWith(factsOf([a, b]), a, 'More than 3,000 citizens');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'evolving', fact?.reason);
});

test('a quake: the toll in each country runs as its own figure, the magnitude agrees', () => {
  const a = docOf('A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 144 people, the military government said. In neighbouring Thailand, a tower under construction in Bangkok collapsed, killing 10 people. The quake struck near Mandalay at a depth of 10 km, the US Geological Survey said.', '2025-03-28');
  const b = docOf('The death toll from the earthquake in Myanmar rose to 1,644 on Saturday, the junta said, with 3,408 people injured and 139 missing. In Bangkok, in neighbouring Thailand, the toll from the collapsed tower rose to 17. The 7.7-magnitude quake, centred near Mandalay, was followed by a 6.4 aftershock.', '2025-03-29');
  const c = docOf('Myanmar said on Monday that 2,056 people had been killed by the earthquake, and 3,900 injured. Rescuers in Mandalay were still pulling survivors from the rubble. In Thailand, 19 people have died, most of them at the Bangkok building site.', '2025-03-31');
  const facts = factsOf([a, b, c]);
  const toll = factWith(facts, a, 'at least 144 people');
  assert.deepEqual(toll?.values.map((v) => v.text).sort(), ['1,644', '2,056 people', 'at least 144 people'], JSON.stringify(toll));
  assert.equal(toll?.status, 'evolving');
  const abroad = factWith(facts, a, '10 people');
  assert.deepEqual(abroad?.values.map((v) => v.text).sort(), ['10 people', '17', '19 people'], JSON.stringify(abroad));
  assert.equal(abroad?.status, 'evolving');
  assert.ok(factWith(facts, a, 'magnitude 7.7')?.values.some((v) => v.text === '7.7-magnitude'));
});

test('an air crash: those on board agree, the dead on board are no count of those on board, the ground toll runs', () => {
  const names = ' The Air India Boeing was bound for London Gatwick from Ahmedabad in Gujarat.';
  const a = docOf('A London-bound jet crashed into a residential area of Ahmedabad on Thursday shortly after take-off with 242 people on board, officials said. Local officials said at least 20 people on the ground were also killed when the jet hit a hostel.' + names, '2025-06-12');
  const b = docOf('One passenger survived the crash of the London-bound jet in Ahmedabad, police said on Friday. The other 241 people on board were killed, the airline said.' + names, '2025-06-13');
  const c = docOf('Only one of the 242 people on board the jet that crashed in Ahmedabad survived. The airline said on Monday that 33 people on the ground were killed when the jet hit a hostel.' + names, '2025-06-16');
  const facts = factsOf([a, b, c]);
  const aboard = factWith(facts, a, '242 people');
  assert.ok(aboard?.values.some((v) => v.report === c.report.id), JSON.stringify(aboard));
  assert.equal(aboard?.status, 'agree', JSON.stringify(aboard));
  const dead = factWith(facts, b, '241 people');
  assert.equal(dead?.role, 'death', JSON.stringify(dead));
  assert.ok(!dead?.values.some((v) => v.value === 242 || v.value === 20), JSON.stringify(dead));
  const ground = factWith(facts, a, 'at least 20 people');
  assert.ok(ground?.values.some((v) => v.report === c.report.id), JSON.stringify(ground));
  assert.equal(ground?.status, 'evolving');
});

test('magnitudes two agencies give a few tenths apart are one reading in conflict, each with its source', () => {
  const names = ' Rescuers in Dunmere and Castrel searched the rubble, and Velora sent teams to Ostmark.';
  const a = docOf(`A magnitude 7.7 earthquake struck central Ostmark on Friday, the Ostmark Geological Service said.${names}`, '2025-03-28');
  const b = docOf(`The earthquake that hit Ostmark on Friday had a magnitude of 7.9, according to the Velora Seismic Centre.${names}`, '2025-03-29');
  const fact = factWith(factsOf([a, b]), a, 'magnitude 7.7');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'conflict');
});

test('a count told in English, Spanish and Portuguese meets across them, and two of its values conflict', () => {
  const a = docOf('The United States deported 238 alleged members of the Venezuelan gang Tren de Aragua and 23 members of MS-13 to El Salvador on Saturday night, Salvadoran President Nayib Bukele said. The men were taken to the CECOT prison in Tecoluca.', '2025-03-16');
  const b = docOf('Estados Unidos envió a El Salvador a 238 presuntos miembros del Tren de Aragua y a 23 pandilleros de la MS-13, informó el presidente Nayib Bukele el domingo. Los deportados fueron trasladados al CECOT, en Tecoluca.', '2025-03-16');
  const c = docOf('Os Estados Unidos deportaram 238 venezuelanos acusados de pertencer ao Tren de Aragua e 21 membros da MS-13 para El Salvador, segundo o governo americano. O presidente Nayib Bukele publicou vídeos da chegada ao CECOT.', '2025-03-17');
  const facts = factsOf([a, b, c]);
  const tda = factWith(facts, a, '238 alleged members');
  assert.deepEqual(new Set(tda?.values.map((v) => v.report)), new Set([a, b, c].map((d) => d.report.id)), JSON.stringify(tda));
  const ms13 = factWith(facts, a, '23 members');
  assert.deepEqual(ms13?.values.map((v) => v.value).sort(), [21, 23, 23], JSON.stringify(ms13));
  assert.equal(ms13?.status, 'conflict');
});

test('each end of a range meets the same end of another range: the lower agrees, the upper conflicts', () => {
  const a = docOf('Brokers at Varkel put insured losses from the outage at between $300m and $1.2bn, the firm said.');
  const b = docOf('Varkel expects insured losses from the outage of between $300 million and $1.12 billion, the firm said.');
  const facts = factsOf([a, b]);
  const lower = factWith(facts, a, '$300m');
  const upper = factWith(facts, a, '$1.2bn');
  assert.ok(lower && upper && lower.id !== upper.id, JSON.stringify(facts.map((f) => f.values.map((v) => v.text))));
  assert.ok(lower.values.some((v) => v.report === b.report.id && v.text === '$300 million'), JSON.stringify(lower));
  assert.equal(lower.status, 'agree', lower.reason);
  assert.match(lower.subject, /lower bound/);
  assert.ok(upper.values.some((v) => v.report === b.report.id && v.text === '$1.12 billion'), JSON.stringify(upper));
  assert.equal(upper.status, 'conflict', upper.reason);
});

test('"up to" the upper end of another report\'s range agrees with it', () => {
  const a = docOf('Counters at the Ostrel archive put the crowd at between 20,000 and 25,000 people.');
  const b = docOf('The Ostrel archive said up to 25,000 people joined the crowd.');
  const fact = factWith(factsOf([a, b]), a, '25,000 people');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'agree', fact?.reason);
});

test('one moment told in local time agrees; "about" beside an exact time is compatible, two alike agree', () => {
  const a = docOf('A faulty file from Varkel Inc. went out to clients in Ostrel at 04:09 UTC on Friday, July 18, the vendor said.', '2025-07-20');
  const b = docOf('At the offices of Varkel Inc. in Ostrel it was 6:09 a.m. on Friday, July 18, when the faulty file went out.', '2025-07-20');
  const local = factWith(factsOf([a, b]), a, '04:09 UTC on Friday, July 18');
  assert.ok(local?.values.some((v) => v.report === b.report.id), JSON.stringify(local));
  assert.equal(local?.status, 'agree', local?.reason);
  const c = docOf('The Ostrel dam gates opened at about 7:11 p.m. on Saturday, March 15, the engineers said.', '2025-03-16');
  const d = docOf('The Ostrel dam gates opened at 7:11 p.m. on Saturday, March 15, the engineers said.', '2025-03-16');
  const e = docOf('The Ostrel dam gates opened at around 7:11 p.m. on Saturday, March 15, the engineers said.', '2025-03-16');
  const mixed = factWith(factsOf([c, d]), c, '7:11 p.m. on Saturday, March 15');
  assert.equal(mixed?.status, 'compatible', JSON.stringify(mixed));
  const alike = factWith(factsOf([c, e]), c, '7:11 p.m. on Saturday, March 15');
  assert.equal(alike?.status, 'agree', JSON.stringify(alike));
});

test('a century and a year within it are one year fact, compatible', () => {
  const a = docOf('Ostrel invoked the Varn Act, an 18th-century wartime law, to expel the men.');
  const b = docOf('Ostrel invoked the Varn Act of 1798, a wartime law, to expel the men.');
  const c = docOf('The Varn Act, a wartime law passed in 1798, was invoked by Ostrel to expel the men.');
  const fact = factWith(factsOf([a, b, c]), a, '18th-century');
  assert.ok(fact?.values.some((v) => v.report === c.report.id && v.value === '1798'), JSON.stringify(fact));
  assert.equal(fact?.status, 'compatible', fact?.reason);
});

test('a crowd counted differently by named sources is one more fact, a conflict between them; each source\'s figure stays', () => {
  const a = docOf('About 9,000 people attended the rally in Dorn, according to the Interior Ministry. Organisers said 40,000 people attended.', '2025-06-02');
  const b = docOf('Some 9,000 people attended the rally in Dorn, the Interior Ministry said.', '2025-06-02');
  const facts = factsOf([a, b]);
  const ministry = factWith(facts, b, 'Some 9,000 people');
  assert.ok(ministry && ministry.values.some((v) => v.report === a.report.id), JSON.stringify(ministry));
  assert.notEqual(ministry.status, 'conflict');
  const dispute = facts.find((f) => / by source$/.test(f.subject));
  assert.ok(dispute, JSON.stringify(facts.map((f) => f.subject)));
  assert.equal(dispute.status, 'conflict');
  assert.ok(new Set(dispute.values.map((v) => v.report)).size >= 2, JSON.stringify(dispute.values));
  assert.match(dispute.reason ?? '', /according to Interior Ministry.*according to Organisers/);
});

test('seat counts of two parties from two sources are no dispute', () => {
  const a = docOf('The Harbour Party won 410 seats in Ostrel, according to the electoral commission.', '2025-07-05');
  const b = docOf('The Valley Party won 120 seats in Ostrel, the broadcaster said.', '2025-07-05');
  assert.ok(!factsOf([a, b]).some((f) => / by source$/.test(f.subject)));
});

test('the dead of one day counted again by a later report evolve; "Thursday\'s crash" dates no figure', () => {
  const a = docOf('The Air Ravel crash in Ostrel on Thursday killed 204 people, police said.', '2025-06-12');
  const b = docOf('The death toll from Thursday\'s Air Ravel crash in Ostrel rose to 265 on Friday, police said.', '2025-06-13');
  const c = docOf('The Air Ravel crash in Ostrel on Thursday killed 270 people, police said.', '2025-06-14');
  const fact = factWith(factsOf([a, b, c]), a, '204 people');
  assert.ok(fact?.values.some((v) => v.report === b.report.id) && fact.values.some((v) => v.report === c.report.id), JSON.stringify(fact));
  assert.equal(fact?.status, 'evolving', fact?.reason);
  assert.equal(fact?.values.find((v) => v.report === b.report.id)?.asOf, '2025-06-13');
});

test('the dead on board, the dead on the ground and the whole toll are three counts', () => {
  const a = docOf('The Air Ravel crash in Ostrel killed at least 204 people on Thursday, police said.', '2025-06-12');
  const b = docOf('The death toll from the Air Ravel crash in Ostrel rose to 265 on Friday, including people on the ground, police said.', '2025-06-13');
  const c = docOf('Of the 242 people on board the Air Ravel flight, 241 were killed in the Ostrel crash. At least 29 people died on the ground in Ostrel, police said.', '2025-06-13');
  const facts = factsOf([a, b, c]);
  const whole = factWith(facts, a, 'at least 204 people');
  assert.ok(whole?.values.some((v) => v.report === b.report.id && v.value === 265), JSON.stringify(whole));
  assert.ok(!whole?.values.some((v) => v.value === 241 || v.value === 29), JSON.stringify(whole));
  const ground = factWith(facts, c, 'At least 29 people');
  assert.ok(ground && !ground.values.some((v) => v.value === 241), JSON.stringify(ground));
});

test('a quake: buildings damaged and destroyed, aftershocks and depth each run as one figure; a magnitude kills no one', () => {
  const names = ' Rescuers from Lusca and Ostmark searched the rubble in Varenna.';
  const a = docOf('A magnitude 6.8 earthquake struck the province of Varenna early on Tuesday, killing at least 42 people, officials said. The quake hit at a depth of 10 km, the national seismological institute said. The interior ministry said 1,200 buildings were damaged and about 150 had collapsed. More than 60 aftershocks were recorded.' + names, '2026-03-04');
  const b = docOf('The death toll from the earthquake in Varenna rose to 57 on Wednesday. The 6.7-magnitude quake struck at a depth of 12 km, the US Geological Survey said. Governor Elena Marsh said 160 buildings had collapsed and 1,300 were damaged. More than 80 aftershocks have shaken the region.' + names, '2026-03-05');
  const facts = factsOf([a, b]);
  const magnitude = factWith(facts, a, 'magnitude 6.8');
  assert.equal(magnitude?.role ?? null, null, JSON.stringify(magnitude));
  assert.ok(magnitude?.values.some((v) => v.text === '6.7-magnitude'), JSON.stringify(magnitude));
  const damaged = factWith(facts, a, '1,200 buildings');
  assert.deepEqual(damaged?.values.map((v) => v.text).sort(), ['1,200 buildings', '1,300'], JSON.stringify(damaged));
  const collapsed = factWith(facts, a, 'about 150');
  assert.deepEqual(collapsed?.values.map((v) => v.text).sort(), ['160 buildings', 'about 150'], JSON.stringify(collapsed));
  assert.equal(factWith(facts, a, 'More than 60 aftershocks')?.values.length, 2);
  assert.ok(factWith(facts, a, '10 km')?.values.some((v) => v.text === '12 km'));
});

test('a role word right before one count is not the role of another count of its clause', () => {
  const names = ' Rescuers from Lusca and Ostmark searched the rubble in Varenna.';
  const a = docOf('Thousands of people slept outdoors after the earthquake in Varenna killed 55 people, the health ministry said.' + names, '2026-03-05');
  const b = docOf('The earthquake in Varenna killed 57 people, the civil protection agency said.' + names, '2026-03-05');
  const facts = factsOf([a, b]);
  assert.notEqual(factWith(facts, a, 'Thousands of people')?.role, 'death');
  assert.equal(factWith(facts, a, '55 people')?.role, 'death');
});

test('the day a source spoke is no date of the crash it told of; "crashed" dates the crash', () => {
  const names = ' Northwind Air flew the jet from Ardent to Kessel.';
  const a = docOf('A Northwind Air jet crashed near Kessel on Sunday evening, killing 61 people, the airline said. It came down about 3 kilometres short of the runway.' + names, '2026-05-11');
  const b = docOf('The Northwind Air jet crashed near Kessel on Sunday with 67 people aboard. Sixty-one people died.' + names, '2026-05-12');
  const c = docOf('The death toll from Sunday\'s crash near Kessel stands at 61, the civil aviation authority said on Monday.' + names, '2026-05-12');
  const facts = factsOf([a, b, c]);
  const day = factWith(facts, a, 'Sunday evening');
  assert.deepEqual(day?.values.map((v) => v.text).sort(), ['Sunday', 'Sunday', 'Sunday evening'], JSON.stringify(day));
  assert.equal(day?.status, 'agree');
  assert.equal(factWith(facts, c, 'Monday')?.role, 'statement');
  assert.equal(factWith(facts, a, 'about 3 kilometres')?.role ?? null, null);
});

test('one length told by two reports in two languages is one duration fact that agrees', () => {
  const a = docOf('The detention will last one year and can be renewed, President Nayib Bukele said in San Salvador of the CECOT prison.', '2025-03-16');
  const b = docOf('O presidente Nayib Bukele disse em San Salvador que a detenção no CECOT durará um ano e poderá ser renovada.', '2025-03-17');
  const fact = factWith(factsOf([a, b]), a, 'one year');
  assert.ok(fact?.values.some((v) => v.text === 'um ano'), JSON.stringify(fact));
  assert.equal(fact?.status, 'agree');
});

test('what each report counts once, counted differently, is one figure in conflict, across languages', () => {
  const a = docOf('Donald Trump sent members of Tren de Aragua to the CECOT prison in El Salvador. Judge James Boasberg ordered the flights turned around, but two planes were already in the air.', '2025-03-16');
  const b = docOf('Donald Trump envió a miembros del Tren de Aragua al CECOT, en El Salvador. El juez James Boasberg ordenó detener los vuelos, pero dos aviones ya habían despegado.', '2025-03-16');
  const c = docOf('Donald Trump enviou membros do Tren de Aragua para o CECOT, em El Salvador. O juiz James Boasberg ordenou que os voos retornassem, mas três aviões já tinham decolado.', '2025-03-16');
  const fact = factWith(factsOf([a, b, c]), a, 'two planes');
  assert.deepEqual(fact?.values.map((v) => v.value).sort(), [2, 2, 3], JSON.stringify(fact));
  assert.equal(fact?.status, 'conflict');
});

test('people counted by nationality in one report and as members in another are one count', () => {
  const a = docOf('The United States flew 238 alleged members of the Tren de Aragua gang to the CECOT prison in El Salvador.', '2025-03-16');
  const b = docOf('Estados Unidos envió al CECOT, en El Salvador, a 238 venezolanos señalados como miembros del Tren de Aragua.', '2025-03-16');
  const fact = factWith(factsOf([a, b]), a, '238 alleged members');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
});

test('"killing all 132 people aboard", "all 132 people on board the jet were killed" and "identified all 132 victims" read their verbs', () => {
  const names = ' Skyline Airways flew the jet from Marlow to Qesh over Doran.';
  const a = docOf('All 132 people on board a Skyline Airways jet were killed when it crashed in Doran on Monday.' + names, '2026-07-21');
  const b = docOf('The jet crashed on Monday in Doran, killing all 132 people aboard, officials said.' + names, '2026-07-22');
  const c = docOf('Forensic teams have identified all 132 victims of the Doran crash, officials said.' + names, '2026-07-27');
  const facts = factsOf([a, b, c]);
  const dead = factWith(facts, a, '132 people');
  assert.equal(dead?.role, 'death', JSON.stringify(dead));
  assert.ok(dead?.values.some((v) => v.text === '132 people aboard'), JSON.stringify(dead));
  assert.equal(factWith(facts, c, '132 victims')?.role, 'identified');
});

test('an amount restated in brackets in another unit is no figure of its own; a depth is no role of a time', () => {
  const names = ' Rescuers reached Brask in eastern Ostmark.';
  const a = docOf('The quake struck at 04:17 local time at a shallow depth of 10 km (6 miles), the US Geological Survey said.' + names, '2026-09-10');
  const b = docOf('The quake struck at a depth of 10 kilometres, seismologists said.' + names, '2026-09-11');
  const facts = factsOf([a, b]);
  assert.equal(factWith(facts, a, '6 miles'), undefined);
  assert.ok(factWith(facts, a, '10 km')?.values.some((v) => v.text === '10 kilometres'));
  assert.notEqual(factWith(facts, a, '04:17')?.role, 'depth');
});

test('a quake told in Spanish, Portuguese and English: the toll, the injured, aftershocks and buildings each one figure', () => {
  const a = docOf('Un terremoto de magnitud 7,1 sacudió el este de Ostmark el jueves y causó al menos 1.200 muertos y más de 3.500 heridos, según las autoridades. Más de 6.000 edificios quedaron destruidos y se registraron más de 40 réplicas.', '2026-09-10');
  const b = docOf('O número de mortos no terremoto de magnitude 7,1 que atingiu Ostmark na quinta-feira passou de 2.000, e mais de 5.000 pessoas ficaram feridas. Cerca de 8.000 edifícios foram destruídos e mais de 60 réplicas foram registradas.', '2026-09-11');
  const c = docOf('The death toll from Thursday\'s magnitude 7.1 earthquake in eastern Ostmark has climbed to 2,950, with 6,240 people injured. More than 80 aftershocks have shaken the region, and some 9,000 buildings have been destroyed.', '2026-09-12');
  const facts = factsOf([a, b, c]);
  const texts = (t: string) => factWith(facts, c, t)?.values.map((v) => v.text).sort();
  assert.deepEqual(texts('2,950'), ['2,950', '2.000', 'al menos 1.200 muertos']);
  assert.deepEqual(texts('6,240 people'), ['6,240 people', 'mais de 5.000 pessoas', 'más de 3.500 heridos']);
  assert.deepEqual(texts('More than 80 aftershocks'), ['More than 80 aftershocks', 'mais de 60 réplicas', 'más de 40 réplicas']);
  assert.equal(texts('some 9,000 buildings')?.length, 3);
});

test('the dead on board told in English and Portuguese are one count; the crew in Spanish meets the crew in English', () => {
  const a = docOf('All 132 people aboard a Skyline Airways Boeing died when it crashed in Doran province on Monday. The plane was carrying 123 passengers and nine crew.', '2026-07-21');
  const b = docOf('Todas as 132 pessoas a bordo de um avião da Skyline Airways morreram na queda em Doran na segunda-feira. O Boeing levava 123 passageiros e 9 tripulantes.', '2026-07-22');
  const c = docOf('Un Boeing de la aerolínea Skyline Airways se estrelló el lunes en una zona de montaña de Doran, según los medios. El avión transportaba a 123 pasajeros y nueve tripulantes.', '2026-07-21');
  const facts = factsOf([a, b, c]);
  const dead = factWith(facts, a, '132 people aboard');
  assert.equal(dead?.role, 'death');
  assert.ok(dead?.values.some((v) => v.report === b.report.id), JSON.stringify(dead));
  const crew = factWith(facts, a, 'nine crew');
  assert.equal(crew?.values.length, 3, JSON.stringify(crew));
});

test('"21 were Salvadoran members of the MS-13 gang" counts members of MS-13, as "21 MS-13 gang members" does', () => {
  const names = ' The men were flown from Texas to the CECOT prison in El Salvador.';
  const a = docOf('The United States deported 23 MS-13 gang members and 238 members of Tren de Aragua, officials said.' + names, '2025-03-16');
  const b = docOf('Of the 261 deported, 238 were members of Tren de Aragua and 21 were Salvadoran members of the MS-13 gang.' + names, '2025-03-16');
  const c = docOf('Homan said 238 Tren de Aragua members and 21 MS-13 gang members were removed.' + names, '2025-03-16');
  const facts = factsOf([a, b, c]);
  const ms13 = factWith(facts, b, '21');
  assert.deepEqual(ms13?.values.map((v) => v.text).sort(), ['21', '21 MS-13 gang members'], JSON.stringify(ms13));
  assert.match(ms13?.subject ?? '', /^member/);
});

test('"93 cases on Wednesday night, up from 89 a day earlier": the second count counts cases too', () => {
  const names = ' The courts in Valencia keep the list of the missing after the floods.';
  const a = docOf('The courts listed 93 active missing-person cases on Wednesday night, up from 89 a day earlier.' + names, '2024-11-06');
  const b = docOf('Judicial authorities in Valencia said there were 89 active missing-person cases.' + names, '2024-11-05');
  const fact = factWith(factsOf([a, b]), a, '89');
  assert.ok(fact?.values.some((v) => v.report === b.report.id), JSON.stringify(fact));
});

test('a time told as rounded meets an exact one minutes from it, in local time or GMT; "about 7:11" stays apart from "7 p.m."', () => {
  const a = docOf('The ferry Norlund struck the pier at Vessby at 6:42 a.m. local time (1142 GMT) on Friday, the port said.', '2026-05-08');
  const b = docOf('Witnesses saw the Norlund ram the pier at around 6:40 a.m. local time.', '2026-05-08');
  const hit = factWith(factsOf([a, b]), b, '6:40 a.m');
  assert.ok(hit?.values.some((v) => v.report === a.report.id && v.text === '6:42 a.m'), JSON.stringify(hit));
  assert.ok(hit?.values.some((v) => v.report === a.report.id && v.text === '1142 GMT'), JSON.stringify(hit));
  assert.equal(hit?.status, 'compatible', hit?.reason);
  // Read in the other order, the rounded time first, it is still compatible: measured from the exact one.
  assert.equal(factWith(factsOf([b, a]), b, '6:40 a.m')?.status, 'compatible');
  const c = docOf('The vigil for the Norlund crew in Vessby began at 7 p.m. on Saturday. At about 7:11 p.m. a flare lit the square, the organisers said.', '2026-05-10');
  const d = docOf('The vigil for the Norlund crew in Vessby started at 7 p.m. on Saturday. At 7:11 p.m. a flare lit up the square, the organisers said.', '2026-05-10');
  const facts = factsOf([c, d]);
  const flare = factWith(facts, c, '7:11 p.m');
  assert.ok(flare?.values.some((v) => v.report === d.report.id && v.text === '7:11 p.m'), JSON.stringify(flare));
  assert.ok(!flare?.values.some((v) => /^7 p\.m/.test(v.text)), JSON.stringify(flare));
});

test('the day a toll rose or was announced is no date of the crash; survivors aboard meet survivors across languages', () => {
  const a = docOf('A Skyvale turboprop crashed near Orvik on Thursday, killing 20 people. Of the 64 people aboard the flight, 44 survived the crash, the airline said.', '2026-03-12');
  const b = docOf('The number of people killed in the Skyvale crash near Orvik rose to 23 on Friday, after three of the injured died. The plane came down on Thursday in fog.', '2026-03-13');
  const c = docOf('El número de muertos en el accidente del avión de Skyvale cerca de Orvik ascendió a 23, informó este viernes la aerolínea. El avión cayó el jueves. Según la empresa, 44 personas sobrevivieron.', '2026-03-13');
  const facts = factsOf([a, b, c]);
  const crashDay = factWith(facts, a, 'Thursday');
  for (const [doc, day] of [[b, 'Thursday'], [c, 'jueves']] as const) assert.ok(crashDay?.values.some((v) => v.report === doc.report.id && v.text === day), JSON.stringify(crashDay));
  assert.ok(!crashDay?.values.some((v) => /^(?:Friday|viernes)$/.test(v.text)), JSON.stringify(crashDay));
  const survived = factWith(facts, a, '44 survived');
  assert.ok(survived?.values.some((v) => v.report === c.report.id && v.text === '44 personas'), JSON.stringify(survived));
});

test('two readings of one quake that share no word, in two languages, still meet: a conflict', () => {
  const a = docOf('Thousands in Corvale still sleep in tents. Two days after the magnitude 7.1 earthquake, the first aid trucks arrived.', '2027-02-06');
  const b = docOf('El terremoto de magnitud 6,9 que sacudió la provincia de Corvale dejó 80 muertos, informaron las autoridades.', '2027-02-05');
  const reading = factWith(factsOf([a, b]), a, 'magnitude 7.1');
  assert.ok(reading?.values.some((v) => v.report === b.report.id), JSON.stringify(reading));
  assert.equal(reading?.status, 'conflict', reading?.reason);
});

test('a quake\'s depth and its distance from a city are two measurements, each meeting its own', () => {
  const a = docOf('The Marlow quake struck at a depth of 12 km, about 40 km northwest of Tessel, the geological survey said.', '2027-04-02');
  const b = docOf('The epicentre of the Marlow quake lay 40 kilometres northwest of Tessel, at a depth of 15 kilometres.', '2027-04-02');
  const facts = factsOf([a, b]);
  const depth = factWith(facts, a, '12 km');
  const distance = factWith(facts, a, 'about 40 km');
  assert.equal(depth?.role, 'depth', JSON.stringify(depth));
  assert.equal(distance?.role, 'distance', JSON.stringify(distance));
  assert.ok(distance?.values.some((v) => v.report === b.report.id && v.text === '40 kilometres'), JSON.stringify(distance));
  assert.ok(depth?.values.some((v) => v.report === b.report.id && v.text === '15 kilometres'), JSON.stringify(depth));
});

test('"all but two of the 179 aboard died": the 179 are those on board, not the dead; flight attendants who survived are survivors', () => {
  const a = docOf('All but two of the 64 people aboard a Tarn Air jet died when it overran the runway at Pell on Sunday.', '2027-01-10');
  const b = docOf('A Tarn Air jet with 64 people on board crashed at Pell on Sunday, killing 62. Only two survivors were found.', '2027-01-10');
  const c = docOf('Of the 64 on board the Tarn Air jet that crashed at Pell, only two flight attendants survived.', '2027-01-11');
  const facts = factsOf([a, b, c]);
  const aboard = factWith(facts, a, '64 people aboard');
  assert.equal(aboard?.role, 'on-board', JSON.stringify(aboard));
  assert.ok(aboard?.values.some((v) => v.report === b.report.id), JSON.stringify(aboard));
  assert.ok(!factWith(facts, b, '62')?.values.some((v) => v.value === 64), JSON.stringify(factWith(facts, b, '62')));
  const survived = factWith(facts, b, 'two survivors');
  assert.ok(survived?.values.some((v) => v.report === c.report.id && v.text === 'two flight attendants'), JSON.stringify(survived));
});

test('a year long past named by two reports meets; a year closing a law\'s name dates no figure', () => {
  const a = docOf('At least 90 of the sailors were held in Portmere under the Harbour Defence Act of 1812, a law invoked by Governor Ilse Brandt on Saturday.', '2027-05-03');
  const b = docOf('Officials relied on a law from 1812, written for wartime, to hold at least 90 sailors without a hearing in Portmere.', '2027-05-05');
  const facts = factsOf([a, b]);
  const year = factWith(facts, a, '1812');
  assert.ok(year?.values.some((v) => v.report === b.report.id && v.text === '1812'), JSON.stringify(year));
  const held = factWith(facts, a, 'At least 90');
  assert.ok(held?.values.every((v) => !v.asOf?.startsWith('1812')), JSON.stringify(held));
});

test('a figure about a name a report defines by an abbreviation meets one about the abbreviation in another language', () => {
  const a = docOf('Portmere received 140 members of the Vento gang and 12 members of the KX-9 militia on Sunday, Governor Ilse Brandt said.', '2027-05-03');
  const b = docOf('Portmere recibió el domingo a 140 miembros de la banda Vento y a 14 miembros de la Milicia Kaldor Xeno (KX-9), dijo la gobernadora Ilse Brandt.', '2027-05-03');
  const militia = factWith(factsOf([a, b]), a, '12 members');
  assert.ok(militia?.values.some((v) => v.report === b.report.id && v.value === 14), JSON.stringify(militia));
  assert.equal(militia?.status, 'conflict', militia?.reason);
});

test('buildings "collapsed or badly damaged" and "destroyed or damaged" are one count whichever role word is nearest', () => {
  const a = docOf('The Morvane quake struck before dawn. More than 1,400 buildings collapsed or were badly damaged, most of them adobe homes in hill villages.', '2027-02-04');
  const b = docOf('The toll from the Morvane quake rose on Friday. Some 1,500 buildings were destroyed or damaged, and three days of mourning were declared.', '2027-02-05');
  const buildings = factWith(factsOf([a, b]), a, 'More than 1,400 buildings');
  assert.ok(buildings?.values.some((v) => v.report === b.report.id), JSON.stringify(buildings));
});

test('one report giving two agencies\' magnitudes in two sentences is one reading in conflict', () => {
  const a = docOf('A magnitude 7.6 earthquake struck central Tovar on Friday, the geological survey said. The geophysics agency of neighbouring Varn put the magnitude at 7.8.', '2027-08-20');
  const b = docOf('The 7.6-magnitude quake in central Tovar destroyed the Sarn bridge.', '2027-08-23');
  const reading = factWith(factsOf([a, b]), a, 'magnitude 7.6');
  assert.deepEqual(reading?.values.map((v) => v.value).sort(), [7.6, 7.6, 7.8], JSON.stringify(reading));
  assert.equal(reading?.status, 'conflict', reading?.reason);
});

test('a day and that day\'s evening agree, whatever name stands nearest each', () => {
  const a = docOf('PORT LISLE - A Skyreach cargo plane crashed after takeoff on Sunday, killing four crew members, officials in Port Lisle said.', '2026-05-04');
  const b = docOf('The Skyreach freighter hit houses in Port Lisle on Sunday evening, minutes after leaving the airport.', '2026-05-05');
  const day = factWith(factsOf([a, b]), a, 'Sunday');
  assert.deepEqual(day?.values.map((v) => v.text).sort(), ['Sunday', 'Sunday evening'], JSON.stringify(day));
  assert.equal(day?.status, 'agree');
});
