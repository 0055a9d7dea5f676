// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LineChart } from '../../../renderer/components/LineChart';

afterEach(cleanup);

const data = {
  categories: ['2 March 2026', '13 April 2026', '1 June 2026'],
  yMin: 0,
  yMax: 10,
  series: [
    { name: 'Chioma Okafor', values: [3, 5, 7] },
    { name: 'Sam Lee', values: [3, null, 5] },
  ],
};

function chart() {
  return render(
    <LineChart
      title="Scaling at each meeting"
      description="Scaling went up from 3 at the first meeting on 2 March 2026 to 6 on 1 June 2026."
      data={data}
      tableCaption="Scores from 0 to 10 at each meeting"
      categoryHeading="Meeting"
      noValue="No score"
    />,
  );
}

describe('LineChart', () => {
  it('is an image named by its title and described by the trend in words, shown on the page', () => {
    chart();
    const img = screen.getByRole('img', { name: 'Scaling at each meeting' });
    const described = document.getElementById(img.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Scaling went up from 3 at the first meeting on 2 March 2026 to 6 on 1 June 2026.');
    // One line for each person with two or more scores, a marker for every score.
    expect(img.querySelectorAll('polyline')).toHaveLength(2);
  });

  it('has a key in words that does not rely on colour alone', () => {
    chart();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual(['Chioma Okafor (blue, solid line)', 'Sam Lee (red, dashed line)']);
    expect(screen.getByText(/^Along the bottom:/).textContent).toBe('Along the bottom: 1 is 2 March 2026, 2 is 13 April 2026, 3 is 1 June 2026.');
  });

  it('gives the same numbers in a table with a caption, a blank score said in words', () => {
    chart();
    const table = screen.getByRole('table', { name: 'Scores from 0 to 10 at each meeting' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Meeting', 'Chioma Okafor', 'Sam Lee']);
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['2 March 202633', '13 April 20265No score', '1 June 202675']);
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(data.categories);
  });
});
