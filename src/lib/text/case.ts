/** A text continuing a sentence: its first letter small ("Werkgebied, …" after a semicolon). */
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A label as it reads inside a sentence: "Bouw en infra" becomes "bouw en infra", but a label
 * that starts with an abbreviation keeps it ("ICT en digitalisering").
 */
export const inSentence = (label: string): string => (/^\p{Lu}\p{Ll}/u.test(label) ? lowerFirst(label) : label);
