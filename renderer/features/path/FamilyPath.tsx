import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { familyPath, STEP_STATUS_LABELS, type PathStep } from '../../../shared/rules/path';
import { guideHref, GUIDE_PATH } from '../guide';
import { pathHref } from './path-href';
import type { PathData } from './read-path-data';
import '../../styles/path.css';

function NextStep({ next }: { next: PathStep | null }) {
  return (
    <section className="next-step" aria-labelledby="next-step-heading">
      <h2 className="next-step__heading" id="next-step-heading">
        What to do next
      </h2>
      {next === null ? (
        <p>Everything on the family’s path is done. There is nothing to do for now.</p>
      ) : (
        <>
          <p>
            <strong>{next.name}:</strong> {next.reason}
          </p>
          <p className="next-step__actions">
            <Link className="button" to={pathHref(next.target)}>
              {next.action}
            </Link>
            <Link to={guideHref(next.id)}>
              How to do this<span className="visually-hidden">: {next.name}</span>
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

function TaskItem({ step }: { step: PathStep }) {
  const hintId = `path-${step.id}-hint`;
  const status = STEP_STATUS_LABELS[step.status];
  return (
    <li className="task-list__item">
      <div className="task-list__name-and-hint">
        <Link className="task-list__link" to={pathHref(step.target)} aria-describedby={hintId}>
          {step.name}
          <span className="visually-hidden"> – {status.toLowerCase()}</span>
        </Link>
        <p className="task-list__hint" id={hintId}>
          {step.reason}
        </p>
        <p className="task-list__help">
          <Link to={guideHref(step.id)}>
            Help<span className="visually-hidden"> with {step.name}</span>
          </Link>
        </p>
      </div>
      {/* The link already says the status to screen readers; the tag shows it. */}
      <p className={`task-list__status tag tag--${step.status}`} aria-hidden="true">
        {status}
      </p>
    </li>
  );
}

/**
 * The top of a family's page: what to do next, then every step of the family's path in the
 * GOV.UK task-list pattern, each a link to the screen that does it and to its part of the guide.
 * `data` comes from `readPathData`, read by the page together with the family, so the page is
 * first drawn with what to do next already in it. `steps` false leaves out the list of steps: the
 * family page draws it a frame later, with the rest of the page (decision record 0050).
 */
export function FamilyPath({ family, data, steps = true, children }: { family: FamilyRecord; data: PathData; steps?: boolean; children?: ReactNode }) {
  const path = familyPath({ ...data, family }, new Date());
  return (
    <>
      <NextStep next={path.next} />
      {children}
      {steps && (
        <section aria-labelledby="family-path-heading">
          <h2 className="section-heading" id="family-path-heading">
            The family’s path
          </h2>
          <p className="hint-text">
            Each step links to the screen that does it. New to chairing? Read <Link to={GUIDE_PATH}>your first meeting</Link>, a short guide.
          </p>
          <ol className="task-list">
            {path.steps.map((s) => (
              <TaskItem key={s.id} step={s} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
