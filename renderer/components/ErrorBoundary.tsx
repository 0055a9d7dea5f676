import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** The last line of defence: a calm message instead of a blank window. Never shows the error's data. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    // Only the kind of error, never its message: messages can carry personal data.
    console.error('Team Around screen error:', error.name);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page" id="main">
        <h1 className="page-heading">Something went wrong on this screen</h1>
        <p>Everything you had saved is safe, and what you were typing was kept as a draft.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload Team Around
        </button>
      </main>
    );
  }
}
