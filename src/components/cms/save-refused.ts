/**
 * A refusal written for the contributor. Decap puts the thrown error into its toast as text,
 * and an Error reads "Error: …" there; this one reads as its message alone.
 */
export class SaveRefused extends Error {
  override toString(): string {
    return this.message;
  }
}
