import { expect, type ElementHandle, type Locator, type Page } from '@playwright/test';

/** How long to wait for an element to exist before giving up on reaching it. */
const FIND_TIMEOUT = 5_000;

export interface TabOptions {
  /** Presses before giving up: a bound, so an unreachable element fails fast. */
  maxPresses?: number;
  /** Shift+Tab instead of Tab. */
  backwards?: boolean;
}

/** Where focus must be: on the element, anywhere inside it, or on a radio button inside it. */
type Goal = 'on' | 'inside' | 'on a radio inside';

/** Presses Tab until `target` has focus, proving a keyboard user can reach it; returns the presses. */
export function tabUntil(page: Page, target: Locator, options: TabOptions = {}): Promise<number> {
  return pressTabUntil(page, target, 'on', options);
}

/** Presses Tab until focus is inside `container` (a radio group, a dialog). */
export function tabInto(page: Page, container: Locator, options: TabOptions = {}): Promise<number> {
  return pressTabUntil(page, container, 'inside', options);
}

function focusState(element: ElementHandle, goal: Goal): Promise<'reached' | 'not yet' | 'replaced'> {
  return element.evaluate((node, wanted) => {
    if (!node.isConnected) return 'replaced';
    const active = document.activeElement;
    const reached =
      wanted === 'on'
        ? node === active
        : node.contains(active) && (wanted === 'inside' || active?.getAttribute('type') === 'radio');
    return reached ? 'reached' : 'not yet';
  }, goal);
}

async function pressTabUntil(
  page: Page,
  target: Locator,
  goal: Goal,
  { maxPresses = 60, backwards = false }: TabOptions,
): Promise<number> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  // Resolved once, not on every press: a role locator searches the whole page each time it resolves.
  let element = await target.elementHandle({ timeout: FIND_TIMEOUT });
  let presses = 0;
  for (;;) {
    const state = await focusState(element, goal);
    if (state === 'reached') return presses;
    if (state === 'replaced') {
      // The page rendered the element anew: find it again before pressing on.
      element = await target.elementHandle({ timeout: FIND_TIMEOUT });
      continue;
    }
    if (presses === maxPresses) throw new Error(`Not reached with ${maxPresses} presses of ${key}: ${target}`);
    await page.keyboard.press(key);
    presses += 1;
  }
}

/**
 * Checks the radio named `option` in `group` as a keyboard user does: Tab to the group's radios
 * (focus lands on the checked one, or the first), Space, then arrow keys until it is checked.
 */
export async function chooseRadioByKeyboard(page: Page, group: Locator, option: string | RegExp): Promise<void> {
  // The group may hold links (in its help text) before its radios: stop on a radio, not on those.
  await pressTabUntil(page, group, 'on a radio inside', {});
  const wanted = group.getByRole('radio', { name: option, exact: typeof option === 'string' });
  const radios = await group.getByRole('radio').count();
  if (!(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked))) {
    await page.keyboard.press('Space');
  }
  for (let presses = 0; presses < radios && !(await wanted.isChecked()); presses += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(wanted).toBeChecked();
  await expect(wanted).toBeFocused();
}
