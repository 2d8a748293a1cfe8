import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/** `npm run test:unit`: the pure unit tests only; no build, no browser, no integration test. */
export default defineConfig({ ...base, test: { ...base.test, include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] } });
