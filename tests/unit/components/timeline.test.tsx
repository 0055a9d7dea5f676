// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../../renderer/components/Timeline';

afterEach(cleanup);

describe('Timeline', () => {
  it('lists each entry in order under its heading: what, when, why (only when there is a why) and who', () => {
    render(
      <>
        <h2 id="history">History</h2>
        <Timeline
          headingId="history"
          byLabel="Recorded by"
          entries={[
            { title: 'Plan started', when: '2 March 2026', note: '', by: 'Sam Patel' },
            { title: 'Closed', when: '9 June 2026', note: 'Things are better at home.', by: 'شيماء' },
          ]}
        />
      </>,
    );
    const items = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Plan started on 2 March 2026Recorded by Sam Patel',
      'Closed on 9 June 2026Things are better at home.Recorded by شيماء',
    ]);
  });
});
