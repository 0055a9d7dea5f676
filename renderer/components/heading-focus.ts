/**
 * After an in-app navigation, focus belongs on the new page's h1. A page still loading has no h1
 * yet, so the request waits here until a PageHeading mounts and takes it.
 */
let pending = false;

export function requestHeadingFocus(): void {
  const heading = document.querySelector<HTMLElement>('#main h1');
  if (heading) {
    heading.focus();
    pending = false;
  } else {
    pending = true;
  }
}

/** Called by PageHeading when it mounts; true once per navigation. */
export function takeHeadingFocus(): boolean {
  const take = pending;
  pending = false;
  return take;
}
