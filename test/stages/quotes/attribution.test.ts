import { describe, expect, it } from 'vitest';
import { addEntity, articleOf, quotesOf, runQuotes } from './helpers.js';

describe('quotes stage: who said it', () => {
  it('reads “…,” X said and names the speaker by the entity whose mention it is', () => {
    const article = articleOf('Prime Minister Sanae Takaichi opened the talks.\n“The situation has changed drastically,” Takaichi said.');
    const id = addEntity(article, 'Sanae Takaichi', 'PERSON', 'Sanae Takaichi', 'Takaichi');
    const [quote] = runQuotes(article).quotes;
    expect(quote).toMatchObject({ text: 'The situation has changed drastically,', speaker: 'Sanae Takaichi', speakerId: id, sentence: 1 });
    expect(article.text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('reads “…,” said X', () => {
    expect(quotesOf('“We will not back down,” said Foreign Minister Anna Berg, who spoke in Oslo.')).toEqual([['Anna Berg', 'We will not back down,']]);
  });

  it('reads X told the press that “…” and drops titles from a speaker that is not a known entity', () => {
    expect(quotesOf('Kazakh President Kassym-Jomart Tokayev told the press that “We welcome the decision,” on Saturday.')).toEqual([
      ['Kassym-Jomart Tokayev', 'We welcome the decision,'],
    ]);
  });

  it('names the person at the end of a long description', () => {
    const text = 'Assistant Secretary of the Air Force for Acquisition Marvin Sambur said: “This was not a competitive process.”';
    expect(quotesOf(text, [['Marvin Sambur', 'PERSON'], ['Air Force', 'ORG']])).toEqual([['Marvin Sambur', 'This was not a competitive process.']]);
  });

  it('reads As X put it, “…”', () => {
    expect(quotesOf('As Georgieva put it, “Nobody wins a trade war.”')).toEqual([['Georgieva', 'Nobody wins a trade war.']]);
  });

  it('reads X said: “…”', () => {
    expect(quotesOf('The minister said: “Talks will resume in spring.”', [['Ministry of Finance', 'ORG', 'minister']])).toEqual([
      ['Ministry of Finance', 'Talks will resume in spring.'],
    ]);
  });

  it('reads according to X, before or after the quotation', () => {
    expect(quotesOf('According to the central bank, “inflation has peaked.”\n“Rates will fall,” according to Maria Lopez.')).toEqual([
      ['the central bank', 'inflation has peaked.'],
      ['Maria Lopez', 'Rates will fall,'],
    ]);
  });

  it('reads a speaker with an appositive: X, the …, said “…”', () => {
    expect(quotesOf('Tokayev, the Kazakh president, said “Japan is a reliable partner.”', [['Kassym-Jomart Tokayev', 'PERSON', 'Tokayev']])).toEqual([
      ['Kassym-Jomart Tokayev', 'Japan is a reliable partner.'],
    ]);
  });

  it('keeps a source that is not an entity as the phrase that names it', () => {
    expect(
      quotesOf('Japan’s right-wing press spun this as “a transportation artery connecting to Europe without passing through Russia,” but the route starts in China.', [
        ['Japan', 'GPE'],
        ['Russia', 'GPE'],
      ]),
    ).toEqual([['Japan’s right-wing press', 'a transportation artery connecting to Europe without passing through Russia,']]);
  });

  it('resolves she said and he added to the nearest person who spoke or was a subject', () => {
    const text = [
      'Anna Berg met Peter Holm in Oslo.',
      'Berg later spoke to reporters.',
      '“The deal is done,” she said.',
      'Holm disagreed with the timing.',
      '“Nothing is signed yet,” he added.',
    ].join('\n');
    expect(quotesOf(text, [['Anna Berg', 'PERSON', 'Anna Berg', 'Berg'], ['Peter Holm', 'PERSON', 'Peter Holm', 'Holm']])).toEqual([
      ['Anna Berg', 'The deal is done,'],
      ['Peter Holm', 'Nothing is signed yet,'],
    ]);
  });

  it('prefers the last speaker over a person only named in passing', () => {
    const text = '“We are ready,” Berg said.\nThe plan was drawn up under Peter Holm.\n“It will work,” she said.';
    expect(quotesOf(text, [['Anna Berg', 'PERSON', 'Berg'], ['Peter Holm', 'PERSON']])).toEqual([
      ['Anna Berg', 'We are ready,'],
      ['Anna Berg', 'It will work,'],
    ]);
  });

  it('never resolves a pronoun to a person named inside a quotation', () => {
    const text = 'Anna Berg spoke after the talks.\n“Vladimir Putin refused to meet us,” she said.';
    expect(quotesOf(text, [['Anna Berg', 'PERSON'], ['Vladimir Putin', 'PERSON']])).toEqual([['Anna Berg', 'Vladimir Putin refused to meet us,']]);
  });

  it('resolves the president said to the nearest person known by that role', () => {
    const article = articleOf('President Kassym-Jomart Tokayev met Sanae Takaichi.\n“Kazakhstan will be the bridge,” the president said.');
    addEntity(article, 'Kassym-Jomart Tokayev', 'PERSON');
    addEntity(article, 'Sanae Takaichi', 'PERSON');
    article.entities[0].roles = ['President'];
    article.entities[1].roles = ['Prime Minister'];
    expect(runQuotes(article).quotes.map((quote) => quote.speaker)).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('resolves they said to the nearest plural subject outside quotations', () => {
    expect(quotesOf('Analysts were skeptical about the plan.\n“The ministers have promised this before,” they said.')).toEqual([
      ['Analysts', 'The ministers have promised this before,'],
    ]);
  });

  it('leaves a pronoun with no one to refer to unresolved rather than guessing', () => {
    const [quote] = runQuotes(articleOf('“Prices will rise,” they said.')).quotes;
    expect(quote).toMatchObject({ text: 'Prices will rise,', speaker: null, speakerId: null });
  });

  it('continues the speaker into adding “…” and and that “…”', () => {
    expect(quotesOf('“Times have changed,” Berg said, adding “and so have we.”')).toEqual([
      ['Berg', 'Times have changed,'],
      ['Berg', 'and so have we.'],
    ]);
    expect(quotesOf('Holm told the press that “prices will rise,” and that “wages will follow.”')).toEqual([
      ['Holm', 'prices will rise,'],
      ['Holm', 'wages will follow.'],
    ]);
  });

  it('splits “…,” she said, “…” into two quotations by the same speaker', () => {
    expect(quotesOf('“We tried,” Berg said, “and we failed.”')).toEqual([
      ['Berg', 'We tried,'],
      ['Berg', 'and we failed.'],
    ]);
  });

  it('reads a relative clause between the speaker and the verb: X, who …, said “…”', () => {
    expect(quotesOf('Senator Patty Murray, who comes from the state where the plant is, said in a statement “We are shocked by the decision.”')).toEqual([
      ['Patty Murray', 'We are shocked by the decision.'],
    ]);
  });

  it('gives a participle of saying the subject of its clause: X defended the plan, saying “…”', () => {
    expect(quotesOf('Marvin Sambur defended the decision, saying, “This was not a competitive process.”')).toEqual([
      ['Marvin Sambur', 'This was not a competitive process.'],
    ]);
    expect(quotesOf('Ryanair chief Michael Leary justified his choice by saying “The plane has the best reliability.”')).toEqual([
      ['Michael Leary', 'The plane has the best reliability.'],
    ]);
  });

  it('gives a document’s words to whoever issued it', () => {
    expect(quotesOf('The union issued a statement saying “The workers face an uncertain future.”', [['United Auto Workers', 'ORG', 'The union']])).toEqual([
      ['United Auto Workers', 'The workers face an uncertain future.'],
    ]);
  });

  it('reads quoted X as saying, active and passive, as X speaking', () => {
    expect(quotesOf('“We do not need new aircraft,” the newspaper Detik.com quoted Djamal as saying.')).toEqual([['Djamal', 'We do not need new aircraft,']]);
    expect(quotesOf('Djamal was quoted as saying “we will not buy them.”')).toEqual([['Djamal', 'we will not buy them.']]);
  });

  it('takes the name in apposition to a role: said the chief executive, Alan Mulally', () => {
    expect(quotesOf('“Our results show progress,” said the firm’s chief executive officer, Alan Mulally.')).toEqual([['Alan Mulally', 'Our results show progress,']]);
    const withEntities = quotesOf('“The market is starting to recover,” said the vice president and chairman of Chrysler LLC Jim Press.', [
      ['Jim Press', 'PERSON'],
      ['Chrysler LLC', 'ORG'],
    ]);
    expect(withEntities).toEqual([['Jim Press', 'The market is starting to recover,']]);
  });

  it('reads “…” he said. without a comma only when the attribution closes the sentence', () => {
    expect(quotesOf('“The funding has helped the plant” Holm said.')).toEqual([['Holm', 'The funding has helped the plant']]);
    expect(quotesOf('“The funding has helped the plant” said Holm.')).toEqual([['Holm', 'The funding has helped the plant']]);
    expect(quotesOf('The “Tokyo Declaration” says little about trade.')).toEqual([]);
  });

  it('does not give a quotation to a verb of saying that has an object of its own', () => {
    expect(quotesOf('Describing the problem as “decades in the making,” Obama explained the rationale behind the plan.')).toEqual([]);
    expect(quotesOf('“We are delighted,” Woodley told the BBC.')).toEqual([['Woodley', 'We are delighted,']]);
  });

  it('reads a capitalised name after said even when the tagger takes it for a verb', () => {
    expect(quotesOf('“We have reduced our design effort,” said Angers.')).toEqual([['Angers', 'We have reduced our design effort,']]);
  });

  it('reads a subject with its modifiers after the quotation: “…,” the spokesman for the ministry, John Doe, said', () => {
    expect(quotesOf('“We will not back down,” the spokesman for the ministry, John Doe, said.')).toEqual([['John Doe', 'We will not back down,']]);
    expect(quotesOf('“We will not back down,” Doe, who spoke in Oslo, said on Monday.', [['John Doe', 'PERSON', 'Doe']])).toEqual([
      ['John Doe', 'We will not back down,'],
    ]);
  });

  it('does not read a title after titled, named or so-called as speech, even next to a verb of saying', () => {
    expect(quotesOf('In a report titled “The Cost of Conflict,” the fund warned that growth would slow.')).toEqual([]);
  });

  it('goes on with the speaker into a quotation that opens the next sentence', () => {
    expect(quotesOf('“We will not accept less,” Trump told reporters. “They know that.” Talks resume next week.')).toEqual([
      ['Trump', 'We will not accept less,'],
      ['Trump', 'They know that.'],
    ]);
    expect(quotesOf('“We will not accept less,” Trump told reporters. Talks resume next week. “They know that.”')).toEqual([['Trump', 'We will not accept less,']]);
  });
});

