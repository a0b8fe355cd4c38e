/** "28 November 2026" style dates in the site's locale, computed in UTC so builds agree everywhere. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Whole-unit currency amounts such as "$75,000" in the site's locale and currency. */
export function formatMoney(amount: number, locale: string, currency: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** "$10,000 - $30,000" with an en dash, for a low-high range. */
export function formatMoneyRange(low: number, high: number, locale: string, currency: string): string {
  return `${formatMoney(low, locale, currency)}–${formatMoney(high, locale, currency)}`;
}
