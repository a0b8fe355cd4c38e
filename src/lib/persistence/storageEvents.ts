/**
 * True when a `storage` event (fired in every other tab after a write) changed or deleted `key`
 * to something other than what this tab last saw. A null key means another tab cleared the store.
 * Loaded with every tool page: keep it tiny.
 */
export function isChangeFromAnotherTab(
  event: { key: string | null; newValue: string | null },
  key: string,
  seen: string | null,
): boolean {
  return (event.key === key || event.key === null) && event.newValue !== seen;
}
