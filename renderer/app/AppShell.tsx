import { NavLink, Outlet } from 'react-router';
import { focusById } from '../components/focus';
import { RouteFocus } from './RouteFocus';
import { AreaIdentity } from '../features/settings/AreaIdentity';
import { LockButton } from '../features/lock/LockButton';
import { BackupReminder } from '../features/backup';
import { paths } from '../components/paths';

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
              <li>
                <NavLink to={paths.home()} end className="app-nav__link">
                  Home
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.families()} className="app-nav__link">
                  Families
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.briefings()} className="app-nav__link">
                  Briefings
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.directory()} className="app-nav__link">
                  Directory
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.settings()} className="app-nav__link">
                  Settings
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.guide()} className="app-nav__link">
                  Help
                </NavLink>
              </li>
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
