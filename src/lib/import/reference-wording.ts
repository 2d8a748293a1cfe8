/**
 * The public wording of a row: a cell is shown only in the edition's Dutch or when it holds only
 * names (which read the same in Dutch); a cell with neither is reported. Also the Dutch way of
 * listing names and of shortening a text at a sentence's end.
 */
import { afterNotFound, clean, known, startYearOf } from './reference-cells';
import type { RowInput } from './reference-import-state';

export { joinNames } from '../text/join';

/**
 * English words (in lower case) that a cell of names (organisations, places, programmes) does
 * not hold: a cell with none of them reads the same in Dutch and may be shown as it is when the edition leaves it
 * out; any other cell needs the edition's wording.
 */
const ENGLISH_WORDS =
  /\b(and|or|the|of|with|without|for|from|by|at|on|to|is|are|was|were|has|have|its|their|not|no|also|about|including|several|other|others|some|many|all|named|stated|unknown|companies|company|organisations|organizations|schools|institutions|partners|members?|businesses|employers|governments?|municipalities|provinces|region|regions|regional|national|site|sites|former|area|focus|announced|side|multiple|care|city|launch|start|started|application|grant|award|education|training|network|consortium|programme|program|centre|center|project|industry|sector|jointly|various|practice|places|led|lead|based|year|years)\b/;

/** Does a cell hold only names, so it reads the same in Dutch? (Names are capitalised; a cell's first word is not a name by that alone.) */
export const onlyNames = (text: string) =>
  !ENGLISH_WORDS.test(
    (text.charAt(0).toLowerCase() + text.slice(1)).replace(/\b(University|Centre|Center) of (Applied Sciences|Expertise)\b/g, ''),
  );

/**
 * The public wording of a row's place and type: the edition's Dutch, or a cell that is only
 * names; never English. A cell that has neither is reported, as are the start year, theme,
 * partners and notes cells that the edition leaves without Dutch text.
 */
export function publicTexts(r: RowInput, type: string) {
  const { row, e, missing } = r;
  const area = clean(row.city_or_area);
  const placeCell = known(area) ? area : afterNotFound(area);
  const placeText = e.place ?? (placeCell && onlyNames(placeCell) ? placeCell : undefined);
  if (placeCell && !placeText && !/^national$/i.test(placeCell)) missing('place', placeCell);
  const typeText = e.type ?? (onlyNames(type) ? type : undefined);
  if (type && !typeText) missing('type', type);
  const start = startYearOf(row.start_year ?? '', clean(row.notes));
  if (start.note && !e.start_year && !/^c\.\s*\d{4}$/.test(clean(row.start_year))) missing('start_year', clean(row.start_year));
  if (known(row.sector_theme) && !e.theme && !onlyNames(clean(row.sector_theme))) missing('theme', clean(row.sector_theme));
  if (known(row.partners) && !e.partners && !onlyNames(clean(row.partners))) missing('partners', clean(row.partners));
  if (clean(row.notes) && !e.notes && !e.status && !e.success_factors && !e.challenges)
    missing('notes', clean(row.notes).slice(0, 60) + '…');
  return { area, placeText, typeText, start };
}
