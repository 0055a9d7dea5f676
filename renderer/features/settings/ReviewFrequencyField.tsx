import type { FieldError } from '../../../shared/domain/family';
import { errorFor, type AreaDraft } from './area-draft';
import { FieldFrame } from '../../components/FieldFrame';

interface Props {
  count: string;
  unit: AreaDraft['reviewUnit'];
  errors: readonly FieldError[];
  onChange(change: Partial<Pick<AreaDraft, 'reviewCount' | 'reviewUnit'>>): void;
}

/** How often plans are reviewed unless the team agrees otherwise: a number and weeks or months. */
export function ReviewFrequencyField({ count, unit, errors, onChange }: Props) {
  const countError = errorFor(errors, 'defaultReviewFrequency.count', 'defaultReviewFrequency');
  const unitError = errorFor(errors, 'defaultReviewFrequency.unit');
  const error = countError ?? unitError;
  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`} aria-describedby="review-hint">
      <legend className="fieldset__legend">Time between reviews</legend>
      <div className="field__hint" id="review-hint">
        New plans are reviewed this often unless the team agrees another date. Many areas review every 6 to 8 weeks.
      </div>
      {error && (
        <p className="field__error" id="review-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="inline-fields">
        <FieldFrame id="review-count" label="Every">
          {() => (
            <input
              id="review-count"
              className="input input--number"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={count}
              aria-invalid={countError ? true : undefined}
              aria-describedby={countError ? 'review-error' : undefined}
              onChange={(e) => onChange({ reviewCount: e.target.value })}
            />
          )}
        </FieldFrame>
        <FieldFrame id="review-unit" label="Weeks or months">
          {() => (
            <select
              id="review-unit"
              className="input"
              value={unit}
              aria-invalid={unitError ? true : undefined}
              aria-describedby={unitError ? 'review-error' : undefined}
              onChange={(e) => onChange({ reviewUnit: e.target.value === 'months' ? 'months' : 'weeks' })}
            >
              <option value="weeks">weeks</option>
              <option value="months">months</option>
            </select>
          )}
        </FieldFrame>
      </div>
    </fieldset>
  );
}
