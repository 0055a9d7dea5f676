import type { ReactNode } from 'react';

/** The plain frame around the set-up and unlock screens: no navigation, nothing about anyone. */
export function LockLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-header__name">Team Around</span>
        </div>
      </header>
      <main className="page lock-page" id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
