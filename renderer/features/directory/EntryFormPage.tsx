import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { capitalise } from '../../../shared/words/case';
import { DirectoryEntryForm } from './DirectoryEntryForm';
import type { EntryKind } from './entry-kinds';
import { EntryNotFound } from './EntryNotFound';

interface Back {
  to: string;
  text: string;
}

/** A page with a directory entry's form: the way back, the heading, then what is given (a lead paragraph and the form). */
function EntryFormPage({ back, title, heading, children }: { back: Back; title: string; heading?: ReactNode; children: ReactNode }) {
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

/** The page that adds an entry of a kind: its lead paragraph, then an empty form. */
export function AddEntryPage<E extends V & { id: string }, D extends { [K in keyof D]: string }, V extends { name: string }>({ kind }: { kind: EntryKind<E, D, V> }) {
  return (
    <EntryFormPage back={kind.back} title={kind.add.title}>
      <p className="lead">{kind.add.lead}</p>
      <DirectoryEntryForm kind={kind} />
    </EntryFormPage>
  );
}

/**
 * The page that edits the entry the address names, once it is read: "Edit" and its name (kept as
 * written) as the heading. While it loads, and when the address names no entry, says so.
 */
export function EditEntryPage<E extends V & { id: string }, D extends { [K in keyof D]: string }, V extends { name: string }>({ kind }: { kind: EntryKind<E, D, V> }) {
  const id = useParams()[kind.param] ?? '';
  const entry = kind.useOne(id);
  if (entry === undefined) return <Loading what={kind.what} />;
  if (entry === null) return <EntryNotFound what={capitalise(kind.what)} backTo={kind.back.to} />;
  return (
    <EntryFormPage
      back={kind.back}
      title={`Edit ${entry.name}`}
      heading={
        <>
          Edit <bdi>{entry.name}</bdi>
        </>
      }
    >
      <DirectoryEntryForm key={entry.id} kind={kind} entry={entry} />
    </EntryFormPage>
  );
}
