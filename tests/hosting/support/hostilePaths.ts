// Request targets that try to turn a server's slash redirect into a redirect to another host: a
// Location of "//evil.example/..." or "/\evil.example/..." is read by browsers as protocol-relative.
// Shared by the static server's unit tests and the nginx sample's test.
import { expect } from 'vitest';

export const HOSTILE_PATHS = [
  '/.//evil.example/..%2fcontrols',
  '/.//evil.example/..',
  '//evil.example/..%2fcontrols',
  '/%2F%2Fevil.example/..%2Fcontrols',
  '/%2f/evil.example/%2e%2e/controls',
  '/\\evil.example/..%2fcontrols',
  '/%5Cevil.example/..%2fcontrols',
  '/%5C%5Cevil.example/..%5Ccontrols',
  '/./%5C/evil.example/..%2fcontrols',
  '/%09/evil.example/..%2fcontrols',
  '/controls%2F%2F',
  '/%2e%2e%2f%2e%2e%2fcontrols',
  '/%2e',
  '/.',
];

/** A redirect may only point to a path on the same origin: one "/" then anything but "/" or "\". */
export function expectSameOriginPath(location: string | undefined, requested: string): void {
  if (location === undefined) return;
  expect(location, requested).toMatch(/^\/(?![/\\])/);
  expect(new URL(location, 'http://127.0.0.1:4410/a/b').origin, requested).toBe('http://127.0.0.1:4410');
}
