interface Props {
  page: number;
  pages: number;
  onPage(page: number): void;
}

/** Newer and older pages of the trail, as buttons; hidden when everything fits on one page. */
export function AuditPager({ page, pages, onPage }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages of the record" className="confirm__buttons">
      {page > 1 && (
        <button type="button" className="button button--secondary" onClick={() => onPage(page - 1)}>
          Newer entries
        </button>
      )}
      {page < pages && (
        <button type="button" className="button button--secondary" onClick={() => onPage(page + 1)}>
          Older entries
        </button>
      )}
    </nav>
  );
}
