/** diacritics (the accent table Decap CMS uses for file names) ships no types. */
declare module 'diacritics' {
  const diacritics: {
    /** The text with each accented or ligature letter replaced by its ASCII letters ("Æ" -> "AE"). */
    remove(text: string): string;
  };
  export default diacritics;
}
