/** Moves focus to an element by id and brings it into view; used by in-page links under the hash router. */
export function focusById(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus();
  element.scrollIntoView({ block: 'center' });
}
