// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { InPageLink } from '../../../renderer/components/InPageLink';
import { PageContents } from '../../../renderer/components/PageContents';

beforeAll(() => {
  // happy-dom lays nothing out; focusById scrolls the target into view.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

describe('InPageLink', () => {
  it('moves focus to its target and leaves the address alone', async () => {
    render(
      <>
        <InPageLink to="notes-welcome">The notes on Welcome</InPageLink>
        <label htmlFor="notes-welcome">Notes</label>
        <textarea id="notes-welcome" />
      </>,
    );
    const link = screen.getByRole('link', { name: 'The notes on Welcome' });
    expect(link.getAttribute('href')).toBe('#notes-welcome');
    const before = window.location.hash;
    await userEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Notes' }));
    expect(window.location.hash).toBe(before);
  });

  it('lets the page open the part first instead', async () => {
    const onFollow = vi.fn();
    render(
      <>
        <InPageLink to="notes-welcome" onFollow={onFollow}>
          The notes on Welcome
        </InPageLink>
        <button type="button">Elsewhere</button>
      </>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'The notes on Welcome' }));
    expect(onFollow).toHaveBeenCalledTimes(1);
  });
});

describe('PageContents', () => {
  it('is a navigation named by its heading, with an ordered link to each part', async () => {
    render(
      <>
        <PageContents block="form-contents" title="On this page" entries={[{ id: 'section-carers', title: 'Parents and carers' }, { id: 'section-children', title: 'Children' }]} />
        <h2 id="section-carers" tabIndex={-1}>Parents and carers</h2>
        <h2 id="section-children" tabIndex={-1}>Children</h2>
      </>,
    );
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Parents and carers', 'Children']);
    expect(nav.querySelector('ol.form-contents__list')).not.toBeNull();
    await userEvent.click(screen.getByRole('link', { name: 'Children' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Children' }));
  });
});
