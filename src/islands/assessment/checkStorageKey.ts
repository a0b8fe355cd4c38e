/**
 * The EU AI Act check's storage key, written out here rather than imported from the check's module:
 * an import would make the check's saving code a chunk shared with this page's first load. A unit
 * test (tests/unit/aiActCheck/storageKeys.test.ts) keeps the two equal.
 */
export const CHECK_STORAGE_KEY = 'iso42001:ai-act-check';
