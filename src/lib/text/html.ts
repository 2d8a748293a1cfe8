/**
 * Escapes text for HTML element content and quoted attribute values. Used where markup is
 * built as a string once and shared by the build (Astro `set:html`) and the browser, so that
 * the two can never render an item differently.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
