// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ColumnHeadings } from '../../../renderer/components/ColumnHeadings';

afterEach(cleanup);

describe('ColumnHeadings', () => {
  it('names each column in order, and a column of buttons only for screen readers', () => {
    render(
      <table>
        <caption>Bank holidays</caption>
        <ColumnHeadings headings={['Date', 'Bank holiday']} hiddenLast="Change" />
        <tbody>
          <tr>
            <td>25 December 2026</td>
            <td>Christmas Day</td>
            <td>
              <button type="button">Remove</button>
            </td>
          </tr>
        </tbody>
      </table>,
    );
    const headings = screen.getAllByRole('columnheader');
    expect(headings.map((h) => h.textContent)).toEqual(['Date', 'Bank holiday', 'Change']);
    expect(headings.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    expect(within(headings[2] as HTMLElement).getByText('Change').className).toBe('visually-hidden');
  });

  it('has no extra column when none is asked for', () => {
    render(
      <table>
        <ColumnHeadings headings={['When', 'Who']} />
      </table>,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['When', 'Who']);
  });
});
