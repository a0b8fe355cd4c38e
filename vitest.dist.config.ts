import { defineConfig } from 'vitest/config';

// Checks that read the built site in dist/: run after `npm run build` (and `npm run compress`, which
// the nginx sample's test needs for its pre-compressed files).
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts', 'tests/hosting/**/*.test.ts'],
    environment: 'node',
  },
});
