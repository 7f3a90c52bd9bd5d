// One record the interface cannot draw (a damaged row, a merged bundle's odd value) must not blank
// the whole window: each pane is drawn inside its own boundary, which shows what failed in that
// pane only and lets the reviewer try again once the record is fixed or another one is opened.
import { Component, type ErrorInfo, type ReactNode } from 'react';

import { EmptyState } from './EmptyState.js';

interface PaneBoundaryProps {
  /** What the pane shows, for the message: "the document", "the inspector". */
  what: string;
  /** Changes when the pane is given something else to show (another document), which clears the failure. */
  resetKey?: string | null | undefined;
  children: ReactNode;
}

interface PaneBoundaryState {
  error: Error | null;
  resetKey: string | null | undefined;
}

export class PaneBoundary extends Component<PaneBoundaryProps, PaneBoundaryState> {
  override state: PaneBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<PaneBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: PaneBoundaryProps, state: PaneBoundaryState): Partial<PaneBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Claimtrace could not show ${this.props.what}:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="pane-failure" role="alert" aria-label={`${this.props.what} could not be shown`}>
        <EmptyState
          icon="alert"
          tone="danger"
          title={`Claimtrace could not show ${this.props.what}`}
          actions={
            <button type="button" className="button" onClick={() => this.setState({ error: null })}>
              Try again
            </button>
          }
        >
          Something in it could not be drawn ({error.message}). The rest of the workbench works; your data is unchanged.
        </EmptyState>
      </section>
    );
  }
}
