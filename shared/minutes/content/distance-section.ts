/**
 * Distance travelled, at the foot of the scaling section: for each scaling question asked at two
 * or more of the plan's meetings, a chart of everyone's scores with the trend in words, and the
 * same numbers in a table; then how many earlier actions were done at each review.
 */
import { chart, h3, type Inline, p, table } from '../../documents/builders';
import type { BlockInput } from '../../documents/model';
import { actionOutcomeWords, type DistanceTravelled, scalingTrendWords } from '../../rules/distance-travelled';
import { formatLongDate } from '../../rules/dates';
import { fill, type MinutesWording } from '../wording';

export function distanceBlocks(distance: DistanceTravelled | undefined, wording: MinutesWording, plain: (s: string) => string, family: boolean): BlockInput[] {
  if (!distance || distance.meetings.length < 2) return [];
  const d = wording.distance;
  const blocks: BlockInput[] = [h3(family ? d.familyHeading : d.heading)];
  for (const series of distance.scaling) {
    if (series.meetings.length < 2) continue;
    const question = plain(series.question);
    const trend = scalingTrendWords(series);
    const dates = series.meetings.map((m) => formatLongDate(m.on));
    blocks.push(
      p(trend),
      chart({
        data: { categories: dates, yMin: 0, yMax: 10, series: series.people.map((person) => ({ name: person.name, values: person.scores })) },
        alt: trend,
        caption: fill(d.chartCaption, { question }),
      }),
      table(
        d.tableCaption,
        [d.meeting, d.who, d.score],
        series.meetings.flatMap((_, i) => series.people.flatMap((person): Inline[][] => {
          const score = person.scores[i];
          return score === null || score === undefined ? [] : [[dates[i] ?? '', person.name, String(score)]];
        })),
        [3, 4, 2],
      ),
    );
  }
  if (distance.actions.length > 0) {
    blocks.push(
      ...distance.actions.map((a) => p(actionOutcomeWords(a))),
      table(
        d.actionsCaption,
        [d.review, d.done, d.partly, d.notDone],
        distance.actions.map((a): Inline[] => [formatLongDate(a.on), String(a.done), String(a.partly), String(a.notDone)]),
        [3, 2, 2, 2],
      ),
    );
  }
  return blocks.length > 1 ? blocks : [];
}
