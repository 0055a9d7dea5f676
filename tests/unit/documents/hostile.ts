/** A document with hostile text in every field that reaches a page. */
import { documentOf, h1, image, li, note, p, quote, table, ul } from '../../../shared/documents/builders';
import type { TeamDocument } from '../../../shared/documents/model';
import { makePng } from './png';

/** Hostile text in every field that reaches the page. */
export const EVIL = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">"\'&</title></style>';

export function hostileDocument(): TeamDocument {
  return documentOf(
    { title: EVIL, author: EVIL, subject: EVIL, keywords: [EVIL], marking: 'OFFICIAL' },
    [
      h1(EVIL),
      p(EVIL, { text: EVIL, bold: true, italic: true }),
      ul(li(EVIL, EVIL)),
      table(EVIL, [EVIL], [[EVIL]]),
      image({ bytes: makePng(4, 4), mime: 'image/png', alt: EVIL, caption: EVIL }),
      quote(EVIL, EVIL, { howGathered: EVIL }),
      note(EVIL, { title: EVIL }),
    ],
  );
}
