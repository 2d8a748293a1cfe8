/** Counted nouns in plain Dutch: "1 initiatief", "2 initiatieven", never "1 initiatieven". */

/** "1 initiatief", "3 initiatieven" (or another noun with its singular and plural). */
export function counted(n: number, one = 'initiatief', many = 'initiatieven'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The start of a link to a whole group: "Het initiatief", "Beide initiatieven", "Alle 5 initiatieven". */
export function allOf(n: number, one = 'initiatief', many = 'initiatieven'): string {
  if (n === 1) return `Het ${one}`;
  if (n === 2) return `Beide ${many}`;
  return `Alle ${n} ${many}`;
}

/** The explorer's status line: how many of all initiatives the filters keep. */
export function filterStatus(hits: number, total: number, filtered: boolean): string {
  if (!filtered) return `Alle ${counted(total)}.`;
  return `${hits} van de ${counted(total)} ${hits === 1 ? 'voldoet' : 'voldoen'} aan de filters.`;
}
