import { createHashRouter, RouterProvider } from 'react-router';
import { routes } from './routes';
import { StorageRebuiltNotice } from '../data/mirror/StorageRebuiltNotice';

/**
 * Everything behind the lock: loaded apart from the first screen, and fetched while the
 * passphrase is typed (docs/decisions/0055).
 */
// Hash routing: the page is one file served from app://team-around, so paths never reach the protocol handler.
// Made once, when this module first loads; locking unmounts it but the router (and where it is) stays.
const router = createHashRouter(routes);

export default function UnlockedApp() {
  return (
    <>
      <StorageRebuiltNotice />
      <RouterProvider router={router} />
    </>
  );
}
