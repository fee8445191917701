/**
 * Opens the browser's print dialog once every chart in `root` shows its current option
 * (`data-drawn="true"`): a chart still drawing would print blank. Waits on the marks, not on time.
 */
export function printWhenDrawn(root: HTMLElement | null): void {
  const drawn = (): boolean =>
    [...(root?.querySelectorAll('.chart') ?? [])].every((c) => c.getAttribute('data-drawn') === 'true');
  if (!root || drawn()) {
    window.print();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!drawn()) return;
    observer.disconnect();
    window.print();
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-drawn'],
  });
}
