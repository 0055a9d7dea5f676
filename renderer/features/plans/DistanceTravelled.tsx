import { ACTION_PROGRESS_LABELS } from '../../../shared/domain/meeting-record';
import type { Plan } from '../../../shared/domain/plan';
import { formatLongDate } from '../../../shared/rules/dates';
import { actionOutcomeWords, scalingTrendWords } from '../../../shared/rules/distance-travelled';
import { LineChart } from '../../components/LineChart';
import { useDistance } from './useDistance';

/**
 * How far the family has come on this plan: each scaling question's scores at every meeting as a
 * chart with the trend in words and a table, and how many earlier actions were done at each review.
 */
export function DistanceTravelled({ plan, today }: { plan: Plan; today: string }) {
  const distance = useDistance(plan, today);
  return (
    <section aria-labelledby="distance-heading">
      <h2 className="section-heading" id="distance-heading">
        Distance travelled
      </h2>
      {distance === undefined ? (
        <p role="status">Loading the scaling from the plan’s meetings…</p>
      ) : distance.scaling.length === 0 && distance.actions.length === 0 ? (
        <p>Nothing to show yet. Scaling and the review of actions are recorded when you run a meeting; they appear here from the first meeting of this plan.</p>
      ) : (
        <>
          {distance.scaling.map((series, i) => (
            <div key={i}>
              <h3 className="subsection-heading">{series.question}</h3>
              <LineChart
                title={`Scaling at each meeting: ${series.question}`}
                description={scalingTrendWords(series)}
                data={{
                  categories: series.meetings.map((m) => formatLongDate(m.on)),
                  yMin: 0,
                  yMax: 10,
                  series: series.people.map((p) => ({ name: p.name, values: p.scores })),
                }}
                tableCaption={`Scores from 0 to 10 at each meeting: ${series.question}`}
                categoryHeading="Meeting"
                noValue="No score"
              />
            </div>
          ))}
          {distance.actions.length > 0 && (
            <>
              <h3 className="subsection-heading">Actions at each review</h3>
              <ul>
                {distance.actions.map((a) => <li key={a.meetingId}>{actionOutcomeWords(a)}</li>)}
              </ul>
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="line-chart__caption">Earlier actions at each review: how many were done, partly done and not done</caption>
                  <thead>
                    <tr>
                      <th scope="col">Review</th>
                      <th scope="col">{ACTION_PROGRESS_LABELS.done}</th>
                      <th scope="col">{ACTION_PROGRESS_LABELS.partly}</th>
                      <th scope="col">{ACTION_PROGRESS_LABELS['not-done']}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {distance.actions.map((a) => (
                      <tr key={a.meetingId}>
                        <th scope="row" className="data-table__date">{formatLongDate(a.on)}</th>
                        <td>{a.done}</td>
                        <td>{a.partly}</td>
                        <td>{a.notDone}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
