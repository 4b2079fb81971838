// One bad card or body never blanks the app: each pane renders inside a boundary that, when its
// content throws, says what failed, offers the details to copy, and tries again on demand or when
// `resetKey` changes (another capture selected).
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { failureReport } from '../model/failure-report';
import { copyText } from './clipboard';

interface ErrorBoundaryProps {
  /** What the pane shows, for the message: "capture detail", "message card"… */
  pane: string;
  /** Rendering starts over when this changes. */
  resetKey?: unknown;
  children: ReactNode;
  /** Compact for inline content (a card), a full panel otherwise. */
  inline?: boolean;
}

interface ErrorBoundaryState {
  error: unknown;
  componentStack: string | null;
  resetKey: unknown;
  copied: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {
    error: null,
    componentStack: null,
    resetKey: undefined,
    copied: false,
  };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState) {
    if (props.resetKey === state.resetKey) return null;
    return { resetKey: props.resetKey, error: null, componentStack: null, copied: false };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null });
  }

  override render() {
    const { error, componentStack, copied } = this.state;
    if (!error) return this.props.children;
    const report = failureReport(this.props.pane, error, componentStack, null);
    return (
      <div
        className={this.props.inline ? 'pane-error pane-error-inline' : 'pane-error'}
        role="alert"
        data-testid="pane-error"
      >
        <p className="error-text">{report.headline}</p>
        <div className="pane-error-actions">
          <button
            type="button"
            className="btn btn-xs"
            onClick={() => void copyText(report.details).then((ok) => this.setState({ copied: ok }))}
          >
            {copied ? 'Copied' : 'Copy details'}
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-xs"
            onClick={() => this.setState({ error: null, componentStack: null, copied: false })}
          >
            Try again
          </button>
        </div>
      </div>
    );
  }
}
