import { useAreaWords } from '../../data/hooks/useSettings';
import { scopeTitle, scopeWords, stateSentence, type CurrentConsent } from './consent-words';

interface Props {
  items: readonly CurrentConsent[];
  onWithdraw(item: CurrentConsent): void;
}

/** Where each consent stands today, with a quick way to record that the family has withdrawn one. */
export function ConsentNow({ items, onWithdraw }: Props) {
  const { service } = useAreaWords();
  if (items.length === 0) return <p>Nothing has been recorded yet. Use the form below to record the family&apos;s decisions.</p>;
  return (
    <ul className="consent-now">
      {items.map((item) => (
        <li key={item.key} className="consent-now__item">
          <p className="consent-now__text">
            <strong>{scopeTitle(item.scope, service)}:</strong> {stateSentence(item.state)}
          </p>
          {item.canWithdraw && (
            <button type="button" className="button button--secondary button--small" onClick={() => onWithdraw(item)}>
              Withdraw consent to {scopeWords(item.scope, service)}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
