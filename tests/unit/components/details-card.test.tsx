// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DetailsCard } from '../../../renderer/components/DetailsCard';
import { SummaryRow } from '../../../renderer/components/SummaryRow';

afterEach(cleanup);

describe('DetailsCard', () => {
  it('heads the rows with the name, kept as written, in its CSS block', () => {
    const { container } = render(
      <DetailsCard block="person" name="Zainab Al-Sayed">
        <SummaryRow label="Phone">07700 900123</SummaryRow>
      </DetailsCard>,
    );
    const heading = screen.getByRole('heading', { level: 3, name: 'Zainab Al-Sayed' });
    expect(heading.className).toBe('person__name');
    expect(heading.querySelector('bdi')?.textContent).toBe('Zainab Al-Sayed');
    expect(screen.getByRole('term').textContent).toBe('Phone');
    expect(container.firstElementChild?.className).toBe('person');
  });

  it('can be one of a list, with links under its rows', () => {
    render(
      <ul aria-label="Practitioners">
        <DetailsCard as="li" block="directory-card" name="Sam Patel" footer={<p>Edit</p>}>
          <SummaryRow label="Role">Health visitor</SummaryRow>
        </DetailsCard>
      </ul>,
    );
    const item = screen.getByRole('listitem');
    expect(item.className).toBe('directory-card');
    expect(item.lastElementChild?.textContent).toBe('Edit');
  });
});
