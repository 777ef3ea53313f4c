import { Component, type ContextType, type ErrorInfo, Fragment, type ReactNode } from 'react';
import { LocaleContext } from '../i18n/LocaleContext';
import { MESSAGES } from '../i18n/locales';
import './ViewBoundary.css';

/** Props of a ViewBoundary: the view's name as the person sees it, and the view. */
export interface ViewBoundaryProps {
  name: string;
  children: ReactNode;
}

interface ViewBoundaryState {
  error: Error | null;
  /** Bumped by "Reset view", so the view mounts afresh. */
  generation: number;
}

/**
 * Keeps an error inside one view from taking down the page: the view is replaced by a message
 * with a "Reset view" button that mounts it again. The store, and so the session, is untouched.
 */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  static override contextType = LocaleContext;
  declare context: ContextType<typeof LocaleContext>;
  override state: ViewBoundaryState = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ViewBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever reports the bug; the page itself shows the message.
    console.error(`The ${this.props.name} view failed:`, error, info.componentStack);
  }

  private reset = () => {
    this.setState(({ generation }) => ({ error: null, generation: generation + 1 }));
  };

  override render() {
    const { error, generation } = this.state;
    if (!error) return <Fragment key={generation}>{this.props.children}</Fragment>;
    const m = MESSAGES[this.context];
    return (
      <div role="alert" className="ts-view-error">
        <p>{m.viewFailed(this.props.name, error.message)}</p>
        <button type="button" onClick={this.reset}>
          {m.resetView}
        </button>
      </div>
    );
  }
}
