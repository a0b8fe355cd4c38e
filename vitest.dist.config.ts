import { defineConfig } from 'vitest/config';

// Checks that read the built site in dist/: run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
  },
});
