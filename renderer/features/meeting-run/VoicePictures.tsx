import { useRef, useState } from 'react';
import type { VoiceImage } from '../../../shared/domain/meeting-record';
import {
  checkVoicePicture,
  PICTURE_DESCRIPTION_MESSAGE,
  pictureDataUrl,
  pictureSizeMessage,
  VOICE_PICTURE_MAX_BYTES,
  type VoicePictureField,
} from '../../../shared/rules/meeting-run/voice-pictures';
import { TextField } from '../../components/TextField';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';

interface Props {
  /** The child's id, for ids and for storing. */
  childId: string;
  childName: string;
  familyId: string;
  meetingId: string;
  pictures: readonly VoiceImage[];
  onAdded(image: VoiceImage): void;
  onRemoved(image: VoiceImage): void;
}

/**
 * Pictures the child made: chosen with the computer's own file picker, checked by their bytes
 * (PNG or JPEG, up to 10 MB), described for anyone who cannot see them, and kept on this computer.
 */
export function VoicePictures({ childId, childName, familyId, meetingId, pictures, onAdded, onRemoved }: Props) {
  const { voiceImages } = useRepositories();
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Partial<Record<VoicePictureField, string>>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const prefix = `voice-${childId}-picture`;
  const ids = { file: `${prefix}-file`, description: `${prefix}-description` };

  async function add() {
    if (busy) return;
    setStatus('');
    const showProblems = (found: Partial<Record<VoicePictureField, string>>) => {
      setErrors(found);
      // The first box with a problem, in the order they are shown.
      document.getElementById(found.description ? ids.description : ids.file)?.focus();
    };
    // A file too big is refused before it is read.
    if (file && file.size > VOICE_PICTURE_MAX_BYTES) {
      showProblems({ file: pictureSizeMessage(file.size), ...(description.trim() === '' ? { description: PICTURE_DESCRIPTION_MESSAGE } : {}) });
      return;
    }
    setBusy(true);
    try {
      const bytes = file ? new Uint8Array(await file.arrayBuffer()) : null;
      const check = checkVoicePicture({ bytes, description });
      if (!check.ok || !bytes) {
        showProblems(check.ok ? {} : Object.fromEntries(check.problems.map((p) => [p.field, p.message])));
        return;
      }
      const image = await voiceImages.add({ familyId, meetingId, childId, bytes, description });
      onAdded(image);
      setErrors({});
      setFile(null);
      setDescription('');
      if (fileInput.current) fileInput.current.value = '';
      setStatus(`Picture added: ${image.description}`);
      document.getElementById(ids.description)?.focus();
    } catch (error) {
      setErrors({ file: toStorageError(error).message });
    } finally {
      setBusy(false);
    }
  }

  async function remove(image: VoiceImage, number: number) {
    try {
      await voiceImages.remove(image.id);
      onRemoved(image);
      setStatus(`Picture ${number} removed.`);
      document.getElementById(ids.description)?.focus();
    } catch (error) {
      setStatus(toStorageError(error).message);
    }
  }

  const fileHint = `${prefix}-file-hint`;
  const fileError = errors.file ? `${prefix}-file-error` : '';
  return (
    <fieldset className="fieldset va-pictures">
      <legend className="fieldset__legend">Pictures {childName} made (optional)</legend>
      {pictures.length > 0 && (
        <ul className="va-pictures__list" aria-label={`Pictures ${childName} made`}>
          {pictures.map((p, i) => (
            <li key={p.id} className="va-pictures__item">
              <figure className="va-pictures__figure">
                <img className="va-pictures__image" src={pictureDataUrl(p)} alt={p.description} />
                <figcaption>
                  Picture {i + 1}: {p.description}
                </figcaption>
              </figure>
              <button type="button" className="button button--secondary button--small" onClick={() => void remove(p, i + 1)}>
                Remove picture {i + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="va-pictures__form">
        <TextField
          id={ids.description}
          label="What does the picture show?"
          hint={`For anyone who cannot see it, for example ${childName} drew their family at the park`}
          autoComplete="off"
          maxLength={1000}
          value={description}
          error={errors.description}
          onValueChange={(d) => {
            setDescription(d);
            if (errors.description) setErrors((e) => ({ ...e, description: undefined }));
          }}
        />
        <div className={`field${errors.file ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={ids.file}>
            Choose the picture
          </label>
          <div className="field__hint" id={fileHint}>
            A PNG or JPEG file, 10 MB or smaller. It stays on this computer.
          </div>
          {errors.file && (
            <p className="field__error" id={fileError}>
              <span className="visually-hidden">Error: </span>
              {errors.file}
            </p>
          )}
          <input
            ref={fileInput}
            id={ids.file}
            className="file-input"
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby={[fileHint, fileError].filter(Boolean).join(' ')}
            aria-invalid={errors.file ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              if (errors.file) setErrors((x) => ({ ...x, file: undefined }));
            }}
          />
        </div>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void add()}>
          Add the picture
        </button>
      </div>
      <p className="va-status" role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}

