/**
 * Lower case without accents or other diacritics, for matching what a reader types:
 * "fryslan" finds "Fryslân", "eenentwintig" finds "Éénentwintig". The one place the atlas
 * folds text for search; duplicate detection folds names more strictly (organisationNameKey).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
