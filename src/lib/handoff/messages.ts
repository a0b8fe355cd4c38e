/** What a person reads when a hand-off cannot be opened: one sentence on what happened, one on what to do. */
export type HandoffFailure =
  | 'not-handoff'
  | 'unsupported-version'
  | 'truncated'
  | 'corrupted'
  | 'tampered'
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'too-large'
  | 'invalid-data'
  | 'unsupported-browser';

export const HANDOFF_MESSAGES: Readonly<Record<HandoffFailure, string>> = {
  'not-handoff': 'This link does not contain a hand-off. Check that you copied the whole link from the message.',
  'unsupported-version':
    'This hand-off was made by a different version of the tool, which this page cannot read. Reload the page, or ask the sender to make the link again.',
  truncated:
    'This link is incomplete: its end was cut off, often by the e-mail program. Copy the whole link, or ask the sender for the hand-off file instead.',
  corrupted:
    'This link is damaged: some of its characters are not what a hand-off contains. Copy the link again, or ask the sender for a new one.',
  tampered:
    'This hand-off was changed or damaged after it was sealed, so it was not opened. Ask the sender for a new link or file.',
  'passphrase-needed':
    'This hand-off is protected by a passphrase. Enter the passphrase the sender gave you separately (not in the same message).',
  'wrong-passphrase': 'This passphrase does not open the hand-off. Check it with the sender: it is case-sensitive.',
  'too-large': 'This hand-off is larger than this page accepts, so it was not opened.',
  'invalid-data': 'The hand-off opened, but its content is not valid for this tool, so nothing was loaded.',
  'unsupported-browser':
    'This browser cannot open sealed hand-offs: it needs WebCrypto and compression streams, and a page served over HTTPS. Try a current browser.',
};
