import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The default theme, as astro.config.mjs resolves it for the build.
  resolve: { alias: [{ find: /^@atlas\/theme(?=$|\?)/, replacement: resolve('src/styles/tokens.css') }] },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // Browser and build tests start processes; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One test file at a time: several files build the site or drive Chromium, and on a
    // 2-core machine running them side by side only makes each slower and noisier.
    fileParallelism: false,
    reporters: ['default'],
  },
});
