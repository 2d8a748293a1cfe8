/** Tree-shaking is off for the server bundle only (issue #15): the client bundle readers download keeps it. */
import type { InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { serverBundle } from '../../src/integrations/server-bundle';

const setup = (target: 'server' | 'client', vite: InlineConfig = {}) => {
  const hook = serverBundle().hooks['astro:build:setup']!;
  void hook({ vite, target } as never);
  return vite;
};

describe('the server bundle', () => {
  it('is not tree-shaken', () => {
    expect(setup('server').build?.rollupOptions?.treeshake).toBe(false);
    const kept = setup('server', { build: { rollupOptions: { input: 'x' } } });
    expect(kept.build?.rollupOptions).toEqual({ input: 'x', treeshake: false });
  });

  it('leaves the client bundle as it is', () => {
    expect(setup('client')).toEqual({});
    expect(setup('client', { build: { minify: true } })).toEqual({ build: { minify: true } });
  });
});
