/** The Dutch summary of an imported initiative, made from its fields only. */
import { vocabulary } from '../schema/schemas';
import type { Initiative } from '../schema/types.generated';
import { inSentence } from '../text/case';
import { joinNames } from './reference-wording';

/**
 * Sectors whose label is an adjective or a bare word that does not follow "op het gebied van" in
 * Dutch ("op het gebied van maritiem"): the phrase a summary uses instead.
 */
const SECTOR_PHRASES: Readonly<Record<string, string>> = { maritiem: 'de maritieme sector' };

/** A theme longer than this reads as a list, not as part of a sentence: left to the page's theme line. */
const THEME_IN_SUMMARY = 80;

/**
 * The Dutch summary, made from the row's fields only so it cannot state more than they do: its
 * kind, sectors, places (only when every place the row names has its point), a national working
 * area and its lead(s).
 */
export function summaryOf(s: {
  kind: Initiative['kind'];
  sectors: readonly string[];
  placeNames: string | undefined;
  national: boolean;
  leads: readonly { name: string }[];
  /** The edition's Dutch theme: said only when no sector is known, so a summary says more than its kind. */
  theme?: string | undefined;
}): string {
  const sectorWords = s.sectors.map((x) => SECTOR_PHRASES[x] ?? (vocabulary('sector').labels[x] ?? x).toLowerCase());
  const kindWords = (vocabulary('initiative_kind').labels[s.kind] ?? s.kind).replace(/\s*\([^)]*\)$/, '');
  // "Regionaal netwerk … met een landelijk werkgebied" contradicts itself (a reader review).
  const kindText = s.national && s.kind === 'regional_network' ? kindWords.replace(/^Regionaal netwerk/, 'Netwerk') : kindWords;
  const leads = s.leads;
  // Without a sector the row's own theme says what it is about ("Regionaal netwerk of pact." alone
  // said nothing, a reader review found), if it is short enough for a sentence.
  // ("over sectoroverstijgend" is no Dutch: an adjective theme stays on the page's theme line.)
  // A long theme that opens with its subject and explains it in brackets ("Leven lang ontwikkelen
  // (gratis korte mbo-cursussen …)") gives that subject; an adjective theme is said as one.
  const theme = s.theme?.length && s.theme.length > THEME_IN_SUMMARY ? s.theme.replace(/\s*\(.*\)\s*$/s, '') : s.theme;
  const about =
    sectorWords.length || !theme || theme.length > THEME_IN_SUMMARY
      ? ''
      : /^sectoroverstijgend\b/i.test(theme)
        ? ' (sectoroverstijgend)'
        : ` over ${inSentence(theme)}`;
  return `${kindText}${about}${sectorWords.length ? ` op het gebied van ${joinNames(sectorWords)}` : ''}${s.placeNames ? ` in ${s.placeNames}` : ''}${s.national ? ' met een landelijk werkgebied' : ''}${leads.length === 1 ? `, met ${leads[0]!.name} als penvoerder` : leads.length > 1 ? `, met ${joinNames(leads.map((l) => l.name))} samen als penvoerders` : ''}.`;
}
