import type { Page } from '@playwright/test';

/**
 * Records what goes wrong in a page while a test uses it: uncaught errors (a React hydration
 * mismatch shows up here), console errors (CSP violations and failed loads included) and requests
 * to other origins (the site promises it makes none).
 */
export class PageProblems {
  readonly #seen: string[] = [];
  readonly #allowed: RegExp[] = [];

  constructor(page: Page, origin: string) {
    const where = () => new URL(page.url()).pathname;
    page.on('pageerror', (error) => this.#seen.push(`page error on ${where()}: ${error.message}`));
    page.on('console', (message) => {
      const source = message.location().url;
      if (message.type() === 'error')
        this.#seen.push(`console error: ${message.text()}${source ? ` (${source})` : ''}`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) {
        this.#seen.push(`request to another origin from ${where()}: ${url.href}`);
      }
    });
  }

  /** Accepts problems a test provokes on purpose (a part that fails to load, for example). */
  allow(pattern: RegExp): void {
    this.#allowed.push(pattern);
  }

  /** Accepts the console's report that `url` answered with an error status, when a test asks for one. */
  allowErrorStatus(url: string): void {
    const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.allow(new RegExp(`^console error: Failed to load resource: .* \\(${escaped}\\)$`));
  }

  /** Problems seen so far that the test did not allow. */
  unexpected(): string[] {
    return this.#seen.filter((problem) => !this.#allowed.some((pattern) => pattern.test(problem)));
  }
}
