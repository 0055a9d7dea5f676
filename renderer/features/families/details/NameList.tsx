/** Names separated by commas, each isolated with <bdi> so right-to-left names do not reorder the text around them. */
export function NameList({ names }: { names: readonly string[] }) {
  return (
    <>
      {names.map((name, i) => (
        <span key={i}>
          {i > 0 && ', '}
          <bdi>{name}</bdi>
        </span>
      ))}
    </>
  );
}
