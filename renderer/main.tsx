import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/app.css';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LockGate } from './features/lock/LockGate';
import { requestPersistentStorage } from './data/persistent-storage';

// The first load is the unlock screen only; the app behind the lock loads while the passphrase is typed (docs/decisions/0055).
const loadApp = () => import('./app/UnlockedApp');

// Ask the browser to keep this origin's storage under pressure (docs/decisions/0018).
void requestPersistentStorage();

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its root element.');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <LockGate loadApp={loadApp} />
    </ErrorBoundary>
  </StrictMode>,
);
