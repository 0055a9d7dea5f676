import { NavLink, Outlet } from 'react-router';
import { focusById } from '../components/focus';
import { RouteFocus } from './RouteFocus';
import { AreaIdentity } from '../features/settings/AreaIdentity';
import { LockButton } from '../features/lock/LockButton';
import { BackupReminder } from '../features/backup';
import { paths } from '../components/paths';

/** The app's main places, in the order of the navigation bar. */
const MAIN_NAVIGATION: ReadonlyArray<{ label: string; to: () => string; end?: boolean }> = [
  { label: 'Home', to: paths.home, end: true },
  { label: 'Families', to: paths.families },
  { label: 'Briefings', to: paths.briefings },
  { label: 'Directory', to: paths.directory },
  { label: 'Settings', to: paths.settings },
  { label: 'Help', to: paths.guide },
];

export function AppShell() {
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash belongs to the router, so move focus by hand.
          event.preventDefault();
          focusById('main');
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-header__name">Team Around</span>
          <AreaIdentity />
          <nav aria-label="Main">
            <ul className="app-nav">
              {MAIN_NAVIGATION.map(({ label, to, end }) => (
                <li key={label}>
                  <NavLink to={to()} end={end} className="app-nav__link">
                    {label}
                  </NavLink>
                </li>
              ))}
              <li>
                <LockButton />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <RouteFocus />
      <main className="page" id="main" tabIndex={-1}>
        <BackupReminder />
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>Team Around keeps everything on this computer. Nothing is sent anywhere unless you choose to save or share a file.</p>
      </footer>
    </>
  );
}
