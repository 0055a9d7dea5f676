// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Section } from '../../../renderer/components/Section';
import { OutcomeNotice } from '../../../renderer/components/notices/OutcomeNotice';
import { RestartAfterSave } from '../../../renderer/components/form/RestartAfterSave';

afterEach(cleanup);

describe('Section', () => {
  it('is a region named by its h2, with the content after the heading', () => {
    render(
      <Section headingId="backup-heading" title="Backups">
        <p>Make a backup.</p>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'Backups' });
    const heading = screen.getByRole('heading', { level: 2, name: 'Backups' });
    expect(heading.id).toBe('backup-heading');
    expect(region.contains(heading)).toBe(true);
    expect(region.textContent).toBe('BackupsMake a backup.');
    expect(heading.hasAttribute('tabindex')).toBe(false);
  });

  it('takes an h3, a class and a heading code can focus but Tab passes by', () => {
    render(<Section headingId="restore-heading" title={<>Restore from <bdi>a backup</bdi></>} level={3} focusable className="briefing-panel" />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Restore from a backup' });
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('region', { name: 'Restore from a backup' }).className).toBe('briefing-panel');
  });
});

describe('OutcomeNotice', () => {
  it('says a success politely and a problem at once, and can be focused by id or ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <>
        <OutcomeNotice ok id="reminder-outcome">
          Saved.
        </OutcomeNotice>
        <OutcomeNotice ok={false} ref={ref}>
          The check found a problem.
        </OutcomeNotice>
      </>,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Saved.');
    expect(status.id).toBe('reminder-outcome');
    expect(screen.getByRole('alert').textContent).toBe('The check found a problem.');
    ref.current?.focus();
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });
});

describe('RestartAfterSave', () => {
  function Form({ saved, onSaved }: { saved: string; onSaved(value: string): void }) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSaved(new FormData(event.currentTarget).get('name') as string);
        }}
      >
        <label>
          Name <input name="name" defaultValue={saved} />
        </label>
        <button type="submit">Save</button>
      </form>
    );
  }

  it('says it is loading until the stored value is read', () => {
    render(
      <RestartAfterSave<string> stored={undefined} savedNotice="Saved." loading="Loading your details…" form={Form} />,
    );
    expect(document.body.textContent).toBe('Loading your details…');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('after a save, starts the form again from what was saved and moves focus to the notice', async () => {
    render(
      <RestartAfterSave stored="Sam" savedNotice="Your details have been saved." loading="Loading…" form={Form} />,
    );
    expect(screen.queryByRole('status')).toBeNull();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Alex');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const notice = screen.getByRole('status');
    expect(notice.textContent).toBe('Your details have been saved.');
    expect(document.activeElement).toBe(notice);
    const fresh = screen.getByRole('textbox', { name: 'Name' });
    expect(fresh).not.toBe(name);
    expect((fresh as HTMLInputElement).value).toBe('Alex');
  });
});
