/**
 * Whether a hand-off link can go in an e-mail or the visitor should send the encrypted file instead.
 *
 * The limit is 2,000 characters for the whole link. No standard caps URL length (RFC 9110 §4.1 asks
 * for at least 8,000 octets), but the long-standing cross-client advice is to stay under 2,000
 * characters ("What is the maximum length of a URL in different browsers?", Stack Overflow 417142;
 * Internet Explorer's 2,083 limit, Microsoft KB 208427), and mail clients are stricter than browsers:
 * classic Outlook does not keep very long URLs clickable (Microsoft Q&A 5790802, 2026), and one
 * report has it cutting HTML-mail links at 1,024 characters (codenote.net/en/posts/5653, 2022).
 * Browsers themselves accept far more (Chromium: 2 MB).
 */
export const EMAIL_LINK_LIMIT = 2000;

export interface LinkCarrier {
  carrier: 'link' | 'file';
  length: number;
  limit: number;
}

export function chooseHandoffCarrier(link: string, limit = EMAIL_LINK_LIMIT): LinkCarrier {
  return { carrier: link.length <= limit ? 'link' : 'file', length: link.length, limit };
}
