/**
 * Focus for a link that switches the workbench's view (a gap's "fix it here" link): the link asks,
 * the view that appears takes focus on its heading once it has loaded, so a keyboard or screen
 * reader user lands where the link led instead of at the top of the page.
 */
import { useEffect, type RefObject } from 'react';

let pending: string | null = null;

export function focusOnArrival(view: string): void {
  pending = view;
}

export function useArrivalFocus(view: string, target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (pending !== view) return;
    pending = null;
    target.current?.focus();
  }, [view, target]);
}
