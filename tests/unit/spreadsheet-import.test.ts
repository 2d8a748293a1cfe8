/**
 * The decisions of the spreadsheet import on one row, each on its own (planImport as a whole is
 * driven through `npm run import` in tests/integration/import.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { locationOfCells, rowCells } from '../../src/lib/import/spreadsheet';

describe('reading the cells of a row', () => {
  it('turns Dutch and English column names into schema keys, whatever their case and spacing', () => {
    expect(rowCells({ Naam: 'A', ' Korte  Naam ': 'B', penvoerder: 'scalda', start_year: '2020', Onbekend: 'x' })).toEqual({
      name: 'A',
      short_name: 'B',
      lead_organisation: 'scalda',
      start_year: '2020',
      Onbekend: 'x',
    });
  });

  it('tidies the spaces of a one-line cell, keeps the line breaks of a multi-line field, and leaves out empty cells', () => {
    expect(rowCells({ naam: '  Zorgpact   Twente ', beschrijving: 'Eerste regel.\n\nTweede  regel. ', thema: '   ' })).toEqual({
      name: 'Zorgpact Twente',
      description: 'Eerste regel.\n\nTweede  regel.',
    });
  });

  it("undoes the export's formula guard, and only that apostrophe", () => {
    expect(rowCells({ naam: "'=Slim", thema: "'s-Hertogenbosch" })).toEqual({ name: '=Slim', theme: "'s-Hertogenbosch" });
  });
});

describe('the one location of the simple form', () => {
  it('is absent when plaats, breedtegraad and lengtegraad are all empty', () => {
    expect(locationOfCells({ name: 'A' })).toBeUndefined();
  });

  it('reads a decimal comma or point', () => {
    expect(locationOfCells({ place: 'Enschede', latitude: '52,2215', longitude: '6.8937' })).toEqual({
      place: 'Enschede',
      latitude: 52.2215,
      longitude: 6.8937,
    });
  });

  it('is incomplete when one of the three is missing or a coordinate is no number', () => {
    expect(locationOfCells({ place: 'Enschede', latitude: '52,2' })).toBe('incomplete');
    expect(locationOfCells({ latitude: '52,2', longitude: '6,9' })).toBe('incomplete');
    expect(locationOfCells({ place: 'Enschede', latitude: 'noord', longitude: '6,9' })).toBe('incomplete');
    expect(locationOfCells({ place: 'Enschede', longitude: '6,9' })).toBe('incomplete');
  });
});
