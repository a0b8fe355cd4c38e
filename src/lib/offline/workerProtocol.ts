// What the pages and the service worker agree on. Kept apart from the worker's code so the
// registration script on every page imports two strings, not the worker.

/** Where the build writes the worker; served with Cache-Control: no-cache so updates are seen at once. */
export const SERVICE_WORKER_PATH = '/sw.js';

/** A page posts this to the waiting worker when the visitor chooses to reload into the new version. */
export const SKIP_WAITING_MESSAGE = 'skip-waiting';
