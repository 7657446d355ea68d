import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../test/helpers/doc.js';

interface Row {
  /** Which recognizer or refiner the row exercises. */
  readonly name: string;
  readonly text: string;
  /** The quote's words, found in `text` (first occurrence) to check the offsets. */
  readonly quote: string;
  readonly speaker: string | null;
  readonly speakerText?: string | null;
  readonly via?: string;
}

const rows: Row[] = [
  { name: 'cue after: name then verb', text: '"We will rebuild every street," Mayor Ilse Marrow said.', quote: 'We will rebuild every street', speaker: 'Ilse Marrow', via: 'refiner/cue-after' },
  { name: 'cue after: verb then name', text: '“We moved everyone we could reach,” said Tomas Reyl.', quote: 'We moved everyone we could reach', speaker: 'Tomas Reyl', via: 'refiner/cue-after' },
  { name: 'cue after: according to', text: 'Crews were still out. "The river has not crested yet," according to Tomas Reyl.', quote: 'The river has not crested yet', speaker: 'Tomas Reyl', via: 'refiner/cue-after' },
  { name: 'cue after: an apposition between name and verb', text: '"We are not leaving," Jane Halvor, 45, told the Courier.', quote: 'We are not leaving', speaker: 'Jane Halvor', via: 'refiner/cue-after' },
  { name: 'cue after: the full stop is not part of the name', text: '"Why now?" asked Peter Osk.', quote: 'Why now?', speaker: 'Peter Osk', speakerText: 'Peter Osk', via: 'refiner/cue-after' },
  { name: 'cue after: lower-case role words before the name', text: '"The dam will hold," rescue chief Tomas Reyl told the crowd.', quote: 'The dam will hold', speaker: 'Tomas Reyl', speakerText: 'Tomas Reyl', via: 'refiner/cue-after' },
  { name: 'cue after: verb, role words, name', text: '"The dam will hold," said rescue chief Tomas Reyl.', quote: 'The dam will hold', speaker: 'Tomas Reyl', speakerText: 'Tomas Reyl', via: 'refiner/cue-after' },
  { name: 'wire quotation marks: two backticks open, two apostrophes close', text: "``We will rebuild every street,'' Mayor Ilse Marrow said.", quote: 'We will rebuild every street', speaker: 'Ilse Marrow', via: 'refiner/cue-after' },
  { name: 'cue after: an abbreviated title is part of the speaker', text: 'Mayor Ilse Marrow arrived. "The levee held," Ms. Marrow said.', quote: 'The levee held', speaker: 'Ilse Marrow', speakerText: 'Ms. Marrow', via: 'refiner/cue-after' },
  { name: 'cue after: a sentence ends before the speaker', text: 'The crews came from Kessling. Reyl said "the dam is holding" on Friday.', quote: 'the dam is holding', speaker: 'Reyl', speakerText: 'Reyl', via: 'refiner/cue-before' },
  { name: 'cue before: colon', text: 'Mayor Ilse Marrow said: "Nobody was left on the roofs by dawn."', quote: 'Nobody was left on the roofs by dawn.', speaker: 'Ilse Marrow', via: 'refiner/cue-before' },
  { name: 'cue before: verb, words, "that"', text: 'Tomas Reyl told the radio station on Friday that "the dam is holding."', quote: 'the dam is holding.', speaker: 'Tomas Reyl', via: 'refiner/cue-before' },
  { name: 'cue in the paragraph before, ending with a colon', text: 'Tomas Reyl wrote to residents on Monday:\n\n“Please stay away from the lower bridge until the engineers have inspected every pier.”', quote: 'Please stay away from the lower bridge until the engineers have inspected every pier.', speaker: 'Tomas Reyl', via: 'refiner/cue-paragraph-before' },
  { name: 'cue in the next paragraph', text: 'The water rose overnight.\n\n"Every pump in the district is running."\n\nTomas Reyl said.', quote: 'Every pump in the district is running.', speaker: 'Tomas Reyl', via: 'refiner/cue-next-paragraph' },
  { name: 'cue in the sentence: subject of an earlier cue verb', text: 'Tomas Reyl thanked the volunteers, calling them "the backbone of this valley."', quote: 'the backbone of this valley.', speaker: 'Tomas Reyl', via: 'refiner/cue-in-sentence' },
  { name: 'cue in the sentence: second quote of the sentence', text: 'Tomas Reyl praised the volunteers, saying they were "tireless" and "the backbone of this valley."', quote: 'the backbone of this valley.', speaker: 'Tomas Reyl', via: 'refiner/cue-in-sentence' },
  { name: 'pronoun: the last named speaker', text: 'Mayor Ilse Marrow spoke first. "We moved everyone," she said. "Nobody was left behind."', quote: 'We moved everyone', speaker: 'Ilse Marrow', via: 'refiner/speaker-pronoun' },
  { name: 'pronoun: a named speaker beats a person named since', text: '"The levee held," Tomas Reyl said. He thanked Ilse Marrow.\n\n"We were lucky this time," he added.', quote: 'We were lucky this time', speaker: 'Tomas Reyl', via: 'refiner/speaker-pronoun' },
  { name: 'pronoun: a person who opened a sentence since the last quote', text: '"The levee held," Tomas Reyl said. Jane Halvor disagreed with him.\n\n"We were lucky this time," she said.', quote: 'We were lucky this time', speaker: 'Jane Halvor', via: 'refiner/speaker-pronoun' },
  { name: 'pronoun: a titled person who opened a sentence since the last quote', text: '"The levee held," Tomas Reyl said.\n\nGovernor Anna Brandt said the dam would be rebuilt. "We will not wait for the spring," she said.', quote: 'We will not wait for the spring', speaker: 'Anna Brandt', via: 'refiner/speaker-pronoun' },
  { name: 'pronoun: with no speaker yet, the sentence subject', text: 'Jane Halvor met Peter Osk on Friday. "The talks went well," she said.', quote: 'The talks went well', speaker: 'Jane Halvor', via: 'refiner/speaker-pronoun' },
  { name: 'split quote: the second half inherits', text: '"We moved everyone," Tomas Reyl said. "Nobody was left behind."', quote: 'Nobody was left behind.', speaker: 'Tomas Reyl', via: 'refiner/split-quote' },
  { name: 'surname: the full name given earlier', text: 'Fire chief Tomas Reyl led the crews.\n\n"We are tired but safe," Reyl said.', quote: 'We are tired but safe', speaker: 'Tomas Reyl', speakerText: 'Reyl', via: 'refiner/speaker-name' },
  { name: 'role noun: the person given that title earlier', text: 'Mayor Ilse Marrow toured the shelters.\n\nThe mayor said the town would "rebuild every single street."', quote: 'rebuild every single street.', speaker: 'Ilse Marrow', speakerText: 'The mayor', via: 'refiner/speaker-described' },
  { name: 'described speaker: words kept, no name', text: '"The pumps failed twice," a senior county official told reporters.', quote: 'The pumps failed twice', speaker: null, speakerText: 'a senior county official', via: 'refiner/speaker-described' },
  { name: 'described speaker: an organization after the determiner', text: '"The permits were never issued," the Estmark Water Agency said.', quote: 'The permits were never issued', speaker: 'Estmark Water Agency', via: 'refiner/speaker-described' },
  { name: 'run-on paragraph: an unclosed paragraph takes the next paragraph\'s speaker', text: 'The chief spoke at dawn.\n\n“Four crews flew through the night and reached every village above the gorge.\n\n“Every family is accounted for,” Tomas Reyl said.', quote: 'Four crews flew through the night and reached every village above the gorge.', speaker: 'Tomas Reyl', via: 'refiner/run-on-paragraph' },
  { name: 'one word a cue verb governs: a quote of the sentence subject', text: 'Senator Dana Whitcombe called the cuts "cruel" and "short-sighted" on Monday.', quote: 'cruel', speaker: 'Dana Whitcombe', via: 'refiner/cue-before' },
  { name: 'one word listed after a governed one', text: 'Senator Dana Whitcombe called the cuts "cruel" and "short-sighted" on Monday.', quote: 'short-sighted', speaker: 'Dana Whitcombe' },
  { name: 'one word in reported speech', text: 'Governor Paul Ashdown said the count was "rigged".', quote: 'rigged', speaker: 'Paul Ashdown' },
  { name: 'a short phrase in the same sentence as a quoted speaker', text: 'Jane Halvor said the plan was "a disgrace" that left "whole streets" without water.', quote: 'whole streets', speaker: 'Jane Halvor' },
  { name: 'described speaker: the role written before a name earlier', text: 'CNN host Erin Brooks pressed him. "Is that a promise?" the CNN host asked.', quote: 'Is that a promise?', speaker: 'Erin Brooks', speakerText: 'the CNN host', via: 'refiner/speaker-described' },
  { name: 'described speaker: an earlier apposition to a body', text: 'The Harlow Gazette, the influential daily, backed him. "The council has lost its way," the influential daily wrote.', quote: 'The council has lost its way', speaker: 'Harlow Gazette', via: 'refiner/speaker-described' },
  { name: 'described speaker: an earlier apposition to a person', text: 'The candidate\'s son, Eric Vance, spoke next. "My father never quits," the candidate\'s son said.', quote: 'My father never quits', speaker: 'Eric Vance' },
  { name: 'role words before the name are not the speaker', text: 'Vice presidential candidate Mike Pence told the crowd that "our best days are ahead."', quote: 'our best days are ahead.', speaker: 'Mike Pence' },
  { name: 'pronoun: the last person who fits it', text: 'Mayor Jane Halvor spoke first. "We are ready," she said.\n\nHalvor later met Tomas Reyl, a farmer. "We lost the whole harvest," he said.', quote: 'We lost the whole harvest', speaker: 'Tomas Reyl', via: 'refiner/speaker-pronoun' },
  { name: 'pronoun: a titled subject after a comma opens the sentence', text: '"We won," Leon Vasquez said.\n\nHis manager, Ruth Okafor, was more careful. "It was a cup, not a war," she said.', quote: 'It was a cup, not a war', speaker: 'Ruth Okafor', via: 'refiner/speaker-pronoun' },
  { name: 'speaker in the next sentence: the words of', text: '"Nobody warned us about the water." Those were the words of Tomas Reyl, a farmer.', quote: 'Nobody warned us about the water.', speaker: 'Tomas Reyl', via: 'refiner/cue-next-sentence' },
  { name: 'speaker in the next sentence: made the remark', text: '"This plan will not last the winter." Jane Halvor, the opposition leader, made the remark on Tuesday.', quote: 'This plan will not last the winter.', speaker: 'Jane Halvor', via: 'refiner/cue-next-sentence' },
  { name: 'a verb of judging introduces a quote', text: 'Opposition leader Jonas Ferreira dismissed the plan as "too little, too late."', quote: 'too little, too late.', speaker: 'Jonas Ferreira' },
  { name: 'a document speaks', text: '"We have no record of any complaint," the email said.', quote: 'We have no record of any complaint', speaker: null, speakerText: 'the email' },
  { name: 'a survey speaks', text: 'The storm passed. A survey of tenants found that "most families now buy bottled water."', quote: 'most families now buy bottled water.', speaker: null, speakerText: 'A survey of tenants' },
  { name: 'notes of a body speak for it; a weekday does not', text: 'FBI notes released Monday say agents "found no evidence of a second device."', quote: 'found no evidence of a second device.', speaker: 'FBI' },
  { name: 'a cue closing the quote\'s sentence after other words', text: 'The economy is "now in the recovery phase" after the outage, Home Affairs Minister Clare Oden said on Saturday.', quote: 'now in the recovery phase', speaker: 'Clare Oden', via: 'refiner/cue-trailing' },
  { name: 'capitalised words before a title are part of the role', text: '"We have no choice," Castrel Air chief executive Ed Bastow said in July.', quote: 'We have no choice', speaker: 'Ed Bastow', speakerText: 'Ed Bastow' },
  { name: 'a live blog line: a name and a colon', text: 'Mayor Ilse Marrow visited the dam.\n\n17:10 GMT - Marrow: "The storm is not over"', quote: 'The storm is not over', speaker: 'Ilse Marrow', via: 'refiner/cue-colon' },
  { name: 'a pronoun opening the sentence of a late quote', text: 'Ed Bastow wrote to customers. He said the failure hit older systems the airline still runs on every night, and that "one of our tools was affected."', quote: 'one of our tools was affected.', speaker: 'Ed Bastow' },
  { name: 'a body after the opening determiner, with a cue later in the sentence', text: 'The Interior Ministry has rejected claims about the so-called device, saying that using one "is not in accordance with the law".', quote: 'is not in accordance with the law', speaker: 'Interior Ministry' },
  { name: 'split quote after a long described speaker', text: '"We arrived as a column," said a fourth-year student who walked the whole route from the station. "Now they cannot say we are few."', quote: 'Now they cannot say we are few.', speaker: null, via: 'refiner/split-quote' },
  { name: 'single quotation marks', text: 'The county called the shelters \'temporary homes for now.\' Nobody argued.', quote: 'temporary homes for now.', speaker: null, via: 'recognizer/single-quotes' },
];

for (const row of rows) {
  test(`quote: ${row.name}`, () => {
    const doc = docOf(row.text);
    const got = spans(doc, doc.quote).find((q) => q.text === row.quote);
    assert.ok(got, `found ${JSON.stringify(row.quote)} in ${JSON.stringify(spans(doc, doc.quote).map((q) => q.text))}`);
    assert.equal(got.start, doc.report.text.indexOf(row.quote));
    assert.equal(got.speaker, row.speaker);
    if (row.speakerText !== undefined) assert.equal(got.speakerText, row.speakerText);
    if (row.via) assert.ok(got.via.includes(row.via), `via ${got.via.join(', ')}`);
    assert.equal(got.direct, true);
  });
}

test('an embedded post is one quote, spoken by its signature', () => {
  const doc = docOf('The chief posted an update.\n\nFour crews flew through the night.\n\n\n\n43 residents are safe in… — Tomas Reyl (@EstmarkRescue) March 9, 2025\n\nMore later.');
  const embedded = spans(doc, doc.quote).filter((q) => q.embedded);
  assert.equal(embedded.length, 1);
  assert.equal(embedded[0]!.text, 'Four crews flew through the night.\n\n\n\n43 residents are safe in');
  assert.equal(embedded[0]!.speaker, 'Tomas Reyl');
  const cue = embedded[0]!.cueSpan!;
  assert.match(doc.report.text.slice(cue.start, cue.end), /Tomas Reyl \(@EstmarkRescue\) March 9, 2025$/);
});

test('a quote repeating an embedded post is the poster\'s, and a pronoun after it too', () => {
  const doc = docOf('The rescue service thanked the crews.\n\n“Four crews flew through the night to reach the villages above the gorge.\n\n"Every family is accounted for," he continued.\n\nFour crews flew through the night to reach the villages above the gorge.\n\n\n\nEvery family is… — Tomas Reyl (@EstmarkRescue) March 9, 2025\n\nMore later.');
  const quotes = spans(doc, doc.quote).filter((q) => !q.embedded);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [
    ['Four crews flew through the night to reach the villages above the gorge.', 'Tomas Reyl'],
    ['Every family is accounted for', 'Tomas Reyl'],
  ]);
  assert.ok(quotes[0]!.via.includes('refiner/repeated-post'));
});

const negative: [string, string][] = [
  ['a one-word scare quote', 'Officials called it a "success" on Sunday.'],
  ['an unbalanced straight mark', 'The sign read "closed and nothing else happened.'],
  ['a slogan before the thing it is printed on', 'Supporters wore "Make Castrel Proud Again" caps to the rally.'],
  ['a book title after its noun', 'His memoir, "A Long Road Home", sold out.'],
  ['a so-called phrase', 'The so-called "peace dividend" never came.'],
  ['a title after a naming verb', 'She wrote a book called "Rivers of the North" last year.'],
  ['a short scare quote no cue attributes', 'The council approved a "temporary" fix for the bridge.'],
  ['a one-word name after a naming verb', 'The insurer has dubbed the event "CrowdOut" in its notes.'],
  ['a one-word label before its noun', 'The update goes first to a small "canary" group, it says.'],
  ['a quote inside a headline opening the body', "'We were never told': residents demand answers\n\nResidents of the estate met on Monday."],
  ['a paragraph of reported speech without quotation marks', 'Tenants say they no longer trust the board.\n\nThey want the pipes replaced before winter, they said.'],
  ['apostrophes are not single quotation marks', 'The workers\' union said the \'90s levee didn\'t fail, and the crews\' boats stayed dry.'],
];
for (const [name, text] of negative) {
  test(`not a quote: ${name}`, () => {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.quote).map((q) => q.text), []);
  });
}

const unattributed: [string, string, string][] = [
  ['a described subject must open its clause', 'The storm tested the patience of the town by bringing "three days of rain in one night."', 'three days of rain in one night.'],
  ['a cue after a quote does not reach into the next paragraph\'s own sentence', 'The report was blunt: "the drains were never cleaned."\n\nIlse Marrow wrote that the county had been "warned for years."', 'the drains were never cleaned.'],
];
for (const [name, text, quote] of unattributed) {
  test(`no speaker: ${name}`, () => {
    const doc = docOf(text);
    const got = spans(doc, doc.quote).find((q) => q.text === quote);
    assert.ok(got, `found ${JSON.stringify(quote)}`);
    assert.equal(got.speaker, null);
  });
}

test('10,000 quotation marks and a 200 kB line give a result, not a hang', () => {
  assert.ok(Array.isArray(docOf('"'.repeat(10000)).quote));
  assert.ok(Array.isArray(docOf('"a b" said X. '.repeat(15000)).quote));
});

test('a quote opened by wire backticks and never closed keeps the original text in its mention', () => {
  const doc = docOf('``— Tomas Reyl (@EstmarkRescue) March 9, 2025');
  for (const q of doc.quote ?? []) assert.equal(q.text, doc.report.text.slice(q.start, q.end));
});
