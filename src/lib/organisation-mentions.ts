/**
 * Where an organisation is named in an initiative's text about its partners without being
 * recorded as its lead or a partner. The researched lists name most partners only in words
 * ("Hogeschool Utrecht, RTL, NOS …"), so an organisation page that listed only recorded roles
 * said "Partner in: geen enkel initiatief" of a school that several pages name. The page lists
 * these apart, as mentions in a text, never as a role no source records.
 */
import type { InitiativeRecord, OrganisationRecord } from './validate/validate-dataset';

/** Names shorter than this ("TU", "OM") would be found inside too many other words. */
const MIN_NAME_LENGTH = 3;

/** A word of a text: the unit a name must start and end on. */
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Organisation id -> the initiatives whose `partners_note` names it (its name, short name or a
 * former name, whole words, as written but for the case of the first letter) while it is neither their lead nor a partner, in
 * the initiatives' order. One pass over the texts: names are looked up by their first word.
 */
export function mentionsByOrganisation(
  initiatives: readonly InitiativeRecord[],
  organisations: readonly OrganisationRecord[],
  involved: (initiative: InitiativeRecord) => readonly string[],
): Map<string, InitiativeRecord[]> {
  const byFirstWord = new Map<string, { name: string; id: string }[]>();
  for (const o of organisations) {
    for (const name of new Set([o.data.name, o.data.short_name, ...(o.data.former_names ?? [])])) {
      if (!name || name.length < MIN_NAME_LENGTH) continue;
      const first = name.match(WORD)?.[0];
      // A name must start on a letter or digit to be found at a word; one that starts with a sign ("'t Gooi") is left out.
      if (!first || !name.startsWith(first)) continue;
      // The first letter in either case: a text writes "gemeente Oss" for Gemeente Oss.
      const key = first.toLowerCase();
      const list = byFirstWord.get(key) ?? [];
      list.push({ name, id: o.id });
      byFirstWord.set(key, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.name.length - a.name.length);
  const out = new Map<string, InitiativeRecord[]>();
  for (const i of initiatives) {
    const text = i.data.partners_note;
    if (!text) continue;
    const found = new Set<string>();
    // A word inside a name already found names nothing itself: "NHL Stenden" is not also Stenden.
    let coveredUntil = 0;
    for (const m of text.matchAll(WORD)) {
      if (m.index < coveredUntil) continue;
      // The longest name first (the lists are sorted so), and only one name per place in the text.
      const c = (byFirstWord.get(m[0].toLowerCase()) ?? []).find(
        (c) => sameName(text, m.index, c.name) && !WORD_CHAR.test(text.charAt(m.index + c.name.length)),
      );
      if (!c) continue;
      found.add(c.id);
      coveredUntil = m.index + c.name.length;
    }
    if (!found.size) continue;
    const recorded = new Set(involved(i));
    for (const id of found) {
      if (recorded.has(id)) continue;
      const list = out.get(id) ?? [];
      list.push(i);
      out.set(id, list);
    }
  }
  return out;
}

/** Whether `name` stands in `text` at `at`, its first letter in either case. */
function sameName(text: string, at: number, name: string): boolean {
  return text.charAt(at).toLowerCase() === name.charAt(0).toLowerCase() && text.startsWith(name.slice(1), at + 1);
}
