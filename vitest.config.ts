import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // Browser and build tests start processes; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests share one built site and server (see tests/helpers/site.ts).
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
  },
});
