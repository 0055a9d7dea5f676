import { useRef, useState, type ChangeEvent } from 'react';
import { logoDataUrl } from '../../../shared/domain/area-logo';
import type { FieldError } from '../../../shared/domain/family';
import { focusById } from '../../components/focus';
import { TextField } from '../../components/TextField';
import { errorFor, type AreaDraft } from './area-draft';
import { readLogoFile } from './read-logo-file';

interface Props {
  logo: AreaDraft['logo'];
  errors: readonly FieldError[];
  onChange(logo: AreaDraft['logo']): void;
}

/** The area's logo: chosen with the system's file picker, checked at once, previewed with its description. */
export function LogoField({ logo, errors, onChange }: Props) {
  const [fileError, setFileError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const error = fileError ?? errorFor(errors, 'logo.dataBase64', 'logo.mime', 'logo');
  const describedBy = ['logo-file-hint', error ? 'logo-file-error' : ''].filter(Boolean).join(' ');

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const result = await readLogoFile(file);
    // Cleared so that choosing the same file again, after fixing it, is noticed.
    if (input.current) input.current.value = '';
    if (!result.ok) {
      setFileError(result.message);
      setStatus('');
      return;
    }
    setFileError(null);
    onChange({ mime: result.mime, dataBase64: result.dataBase64, alt: logo?.alt ?? '' });
    setStatus('Logo chosen. Check the preview and describe the logo below.');
  }

  return (
    <fieldset className={`fieldset${error ? ' field--error' : ''}`}>
      <legend className="fieldset__legend">Logo (optional)</legend>
      <div className="field">
        <label className="field__label" htmlFor="logo-file">
          {logo ? 'Choose a different logo' : 'Choose a logo'}
        </label>
        <div className="field__hint" id="logo-file-hint">
          A PNG or JPEG picture, 300 KB or smaller. It is shown at the top of every screen and can go on documents.
        </div>
        {error && (
          <p className="field__error" id="logo-file-error" role={fileError ? 'alert' : undefined}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input
          ref={input}
          id="logo-file"
          className="file-input"
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => void choose(event)}
        />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {logo && (
        <>
          <figure className="logo-preview">
            <img className="logo-preview__image" src={logoDataUrl(logo)} alt={logo.alt} />
            <figcaption className="logo-preview__caption">How the logo will look</figcaption>
          </figure>
          <TextField
            id="logo-alt"
            label="Describe the logo"
            hint="Read out by screen readers and used in documents, for example Leeds City Council logo"
            autoComplete="off"
            width="medium"
            value={logo.alt}
            error={errorFor(errors, 'logo.alt')}
            onValueChange={(alt) => onChange({ ...logo, alt })}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange(null);
              setFileError(null);
              setStatus('Logo removed.');
              focusById('logo-file');
            }}
          >
            Remove the logo
          </button>
        </>
      )}
    </fieldset>
  );
}
