import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { capitalise } from '../../../shared/words/case';
import { EntryNotFound } from './EntryNotFound';

interface Back {
  to: string;
  text: string;
}

/** A page with a directory entry's form: the way back, the heading, then what is given (a lead paragraph and the form). */
export function EntryFormPage({ back, title, heading, children }: { back: Back; title: string; heading?: ReactNode; children: ReactNode }) {
  return (
    <>
      <p>
        <Link to={back.to}>{back.text}</Link>
      </p>
      <PageHeading title={title}>{heading}</PageHeading>
      {children}
    </>
  );
}

/**
 * The page that edits one entry, once it is read: "Edit" and its name (kept as written) as the
 * heading. While it loads, and when the address names no entry, says so.
 */
export function EditEntryPage<E extends { id: string; name: string }>({ entry, what, back, form }: { entry: E | null | undefined; what: string; back: Back; form(entry: E): ReactNode }) {
  if (entry === undefined) return <Loading what={what} />;
  if (entry === null) return <EntryNotFound what={capitalise(what)} backTo={back.to} />;
  return (
    <EntryFormPage
      back={back}
      title={`Edit ${entry.name}`}
      heading={
        <>
          Edit <bdi>{entry.name}</bdi>
        </>
      }
    >
      {form(entry)}
    </EntryFormPage>
  );
}
