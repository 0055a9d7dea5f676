import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/app.css';
import { routes } from './app/routes';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LockGate } from './features/lock/LockGate';
import { requestPersistentStorage } from './data/persistent-storage';
import { StorageRebuiltNotice } from './data/mirror/StorageRebuiltNotice';

// Hash routing: the page is one file served from app://team-around, so paths never reach the protocol handler.
const router = createHashRouter(routes);

// Ask the browser to keep this origin's storage under pressure (docs/decisions/0018).
void requestPersistentStorage();

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its root element.');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <LockGate>
        <StorageRebuiltNotice />
        <RouterProvider router={router} />
      </LockGate>
    </ErrorBoundary>
  </StrictMode>,
);
