/**
 * Decap marks optional fields "(niet verplicht)" with a span inside the field's label and
 * leaves required ones unmarked. This gives every label without that span the same span with
 * "(verplicht)": seen, and read by screen readers as part of the label. (A CSS ::after cannot
 * do it: Decap draws the label's tab corners with ::before and ::after.)
 */
export function markRequired(node: Node): void {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const el = node as Element;
  const labels = el.matches('label[class*="FieldLabel"]') ? [el] : [...el.querySelectorAll('label[class*="FieldLabel"]')];
  for (const label of labels) {
    if (label.querySelector('span')) continue;
    const mark = document.createElement('span');
    mark.dataset.atlasRequired = '';
    mark.textContent = ' (verplicht)';
    label.append(mark);
  }
}
