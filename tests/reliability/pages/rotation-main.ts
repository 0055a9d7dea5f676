/** A page with only the key rotation's code, so the many reloads of that test stay quick. */
import {
  inspectAndResumeRotation,
  prepareRotationKeys,
  startInterruptibleRotation,
  startRotationInWorker,
  terminateRotationWorker,
  type RotationPageApi,
} from '../browser/key-rotation';

const api: RotationPageApi = { prepareRotationKeys, startInterruptibleRotation, startRotationInWorker, terminateRotationWorker, inspectAndResumeRotation };
window.teamAroundRotation = api;
const status = document.getElementById('status');
if (status) status.textContent = 'Key rotation page ready.';
