import { describe, expect, it } from 'vitest';
import { englishPassages, isEnglishProse, languageCount, MIN_WORDS, withoutMarkedQuotations } from '../../src/lib/text/language';

describe('the English-prose heuristic', () => {
  it('flags English sentences', () => {
    expect(isEnglishProse('Part of the regional ecosystem, with funding from the province and the RIF.')).toBe(true);
    expect(isEnglishProse('One of 17 regional Zorgpacten; the agreement was signed by the partners in 2016.')).toBe(true);
    expect(isEnglishProse('Automotive / mobility HAN with partners that are based at the Automotive Campus in Helmond.')).toBe(true);
  });

  it('leaves Dutch sentences alone, also when they name English things', () => {
    expect(isEnglishProse('Centrum voor Innovatief Vakmanschap voor offshore wind, met de Automotive Campus als thuisbasis.')).toBe(false);
    expect(isEnglishProse('Het initiatief was een samenwerking van de scholen en het bedrijfsleven in de regio.')).toBe(false);
    expect(isEnglishProse('Uit de bronlijst: penvoerder is het Centre of Expertise Healthy Ageing, met partners uit de zorg.')).toBe(false);
  });

  it('does not judge short strings, places and proper names', () => {
    for (const s of [
      'Helmond (Automotive Campus)',
      'Centre of Expertise Healthy Ageing',
      'The Hague Security Delta',
      'House of Skills',
      'Port of Rotterdam',
    ])
      expect(isEnglishProse(s), s).toBe(false);
    expect(languageCount('of the and with from').words).toBeLessThan(MIN_WORDS);
  });

  it('needs several English function words, and more than twice the Dutch ones', () => {
    // Six words, two English function words: not enough to tell.
    expect(isEnglishProse('Smart Industry Fieldlab of Twente and Achterhoek')).toBe(false);
    // English words outnumbered by Dutch ones: a Dutch sentence with an English title in it.
    expect(isEnglishProse('De cursus "Working with the Future of the Energy Transition" is voor de docenten van het mbo.')).toBe(false);
    expect(languageCount('Working with the future of the energy transition in the north.')).toMatchObject({
      english: 5,
      dutch: 0,
      isEnglish: true,
    });
  });

  it('finds English sentences inside a Dutch note, sentence by sentence', () => {
    const note =
      'Soort volgens de bron: PPS (technisch opleidingscentrum). Uit de bronlijst: Rationale: retain and strengthen the technical education in the region and supply qualified technicians. Later een model voor het Zorghuis van de Toekomst.';
    expect(isEnglishProse(note)).toBe(false);
    expect(englishPassages(note)).toEqual([
      'retain and strengthen the technical education in the region and supply qualified technicians.',
    ]);
    expect(englishPassages('Een volledig Nederlandse toelichting. Met twee zinnen, over de regio en het mbo.')).toEqual([]);
  });

  it('takes out quotations marked as English, and only those', () => {
    const marked = 'Volgens de bron: "the partners share the facilities of the campus" (Engelstalig citaat uit de bron).';
    expect(withoutMarkedQuotations(marked)).toBe('Volgens de bron:  .');
    expect(
      isEnglishProse(
        withoutMarkedQuotations('“The partners share the facilities of the campus with the schools” (Engelstalig citaat uit de bron)'),
      ),
    ).toBe(false);
    const unmarked = '"The partners share the facilities of the campus with the schools."';
    expect(withoutMarkedQuotations(unmarked)).toBe(unmarked);
    expect(isEnglishProse(unmarked)).toBe(true);
  });
});
