/**
 * Sets an element's text from a store subscription, reusing its one text node: `textContent`
 * would replace the node on every write, and a new node costs a new layout object and style.
 */
export function writeText(element: Element | null, text: string): void {
  if (!element) return;
  const node = element.firstChild;
  if (node instanceof Text && node === element.lastChild) {
    if (node.data !== text) node.data = text;
  } else {
    element.textContent = text;
  }
}
