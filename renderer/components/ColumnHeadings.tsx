/**
 * A data table's column headings, each `scope="col"`. A column of buttons or links ("Change",
 * "Action") has a heading screen readers hear but the eye does not need: `hiddenLast`.
 */
export function ColumnHeadings({ headings, hiddenLast }: { headings: readonly string[]; hiddenLast?: string }) {
  return (
    <thead>
      <tr>
        {headings.map((heading) => (
          <th scope="col" key={heading}>
            {heading}
          </th>
        ))}
        {hiddenLast !== undefined && (
          <th scope="col">
            <span className="visually-hidden">{hiddenLast}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
