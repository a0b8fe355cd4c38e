/**
 * One policy for code loaded on demand (import()) in every tool: when a part cannot be loaded
 * (offline, or a new version of the site was deployed since the page opened), the failure is never
 * swallowed. The part shows a short message in its place, and the tool shows one notice with a
 * Reload button; saved answers are untouched because nothing is written on a failed load.
 */
import { Component, useSyncExternalStore, type ReactNode } from 'react';

let failed = false;
const listeners = new Set<() => void>();

function reportLoadFailure(): void {
  if (failed) return;
  failed = true;
  listeners.forEach((listener) => listener());
}

/** Runs an import(); a failure is reported to the tool's notice and passed on to the caller. */
export function loadOrReport<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    reportLoadFailure();
    throw new Error('Part of the tool could not be loaded', { cause: error });
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True once any on-demand part of the page failed to load. */
export const useLoadFailure = () =>
  useSyncExternalStore(
    subscribe,
    () => failed,
    () => false,
  );

/** Shows `message` in place of a lazily loaded part that failed, and reports the failure. */
export class LoadFailure extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    reportLoadFailure();
  }
  override render() {
    return this.state.failed ? (
      <p className="field-error" role="alert">
        {this.props.message}
      </p>
    ) : (
      this.props.children
    );
  }
}
