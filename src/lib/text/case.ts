/** A text continuing a sentence: its first letter small ("Werkgebied, …" after a semicolon). */
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
