/**
 * The one fixture every end-to-end and accessibility spec uses (in the spirit of Starlight's
 * __e2e__/test-utils.ts). `site` opens pages and waits for their islands, fails the test at the end
 * on page errors, console errors (CSP violations included) and requests to other origins, runs axe,
 * and moves through a page with the keyboard.
 */
import { test as base, expect, type Locator, type Page, type Response } from '@playwright/test';
import { axeViolations } from './axe';
import { chooseRadioByKeyboard, tabInto, tabUntil, type TabOptions } from './keyboard';
import { PageProblems } from './problems';

export { expect, type Locator, type Page };

/**
 * What to wait for after the page's load event on a page with islands: every island hydrated and
 * ready (saved data read: the islands set data-ready="true" on their root), only hydrated, or nothing.
 */
export type WaitFor = 'ready' | 'hydrated' | 'load';

export interface OpenOptions {
  /** The HTTP status the page must answer with. */
  status?: number;
  waitFor?: WaitFor;
}

export class Site {
  readonly problems: PageProblems;

  constructor(
    readonly page: Page,
    private readonly origin: string,
    private readonly watched: Site[],
  ) {
    this.problems = new PageProblems(page, origin);
    watched.push(this);
  }

  /** Navigates to `path` (relative to the site), checks the status and waits for the islands. */
  async open(path: string, { status = 200, waitFor = 'ready' }: OpenOptions = {}): Promise<Response | null> {
    const response = await this.page.goto(path);
    if (status >= 400) this.problems.allowErrorStatus(this.page.url());
    // A navigation that only changes the fragment has no response.
    if (response) expect(response.status(), `HTTP status of ${path}`).toBe(status);
    await this.waitForIslands(waitFor);
    return response;
  }

  async reload({ waitFor = 'ready' }: { waitFor?: WaitFor } = {}): Promise<void> {
    await this.page.reload();
    await this.waitForIslands(waitFor);
  }

  /** Waits until no island still carries `ssr` (hydrated) and, for 'ready', every island root says so. */
  async waitForIslands(waitFor: WaitFor = 'ready'): Promise<void> {
    if (waitFor === 'load' || (await this.page.locator('astro-island').count()) === 0) return;
    await expect(this.page.locator('astro-island[ssr]'), 'islands still waiting to hydrate').toHaveCount(0);
    if (waitFor === 'ready') {
      const notReady = this.page.locator('astro-island:not(:has(> [data-ready="true"]))');
      await expect(notReady, 'islands whose root is not data-ready="true"').toHaveCount(0);
    }
  }

  /**
   * Puts entries in localStorage before the page's own scripts run, on the next navigation only, so
   * a reload shows what the page saved itself.
   */
  async storeBeforeLoad(entries: Record<string, string>): Promise<void> {
    await this.page.addInitScript((values) => {
      const seeded = 'e2e:seeded';
      if (sessionStorage.getItem(seeded)) return;
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
      sessionStorage.setItem(seeded, 'true');
    }, entries);
  }

  /** axe-core finds no WCAG 2.2 AA violation on the page as it is now. */
  async expectNoAxeViolations(where = new URL(this.page.url()).pathname): Promise<void> {
    expect(await axeViolations(this.page), `axe violations on ${where}`).toEqual([]);
  }

  tabUntil(target: Locator, options?: TabOptions): Promise<number> {
    return tabUntil(this.page, target, options);
  }

  tabInto(container: Locator, options?: TabOptions): Promise<number> {
    return tabInto(this.page, container, options);
  }

  chooseRadioByKeyboard(group: Locator, option: string | RegExp): Promise<void> {
    return chooseRadioByKeyboard(this.page, group, option);
  }

  /** The same checks on another page of this test: a second tab, or a colleague's browser context. */
  watch(page: Page): Site {
    return new Site(page, this.origin, this.watched);
  }
}

export const test = base.extend<{ site: Site }>({
  site: async ({ page, baseURL }, use) => {
    const watched: Site[] = [];
    await use(new Site(page, new URL(baseURL!).origin, watched));
    const problems = watched.flatMap((site) => site.problems.unexpected());
    expect(problems, `page errors, console errors or requests to other origins:\n${problems.join('\n')}`).toEqual([]);
  },
});
