/**
 * The guard in front of decap-server (scripts/lib/cms-guard.mjs): only what the editing screen
 * itself sends passes. A hostile review wrote package.json through decap-server from a foreign
 * Host (DNS rebinding); each rule here is one way in that is now shut.
 */
import { describe, expect, it } from 'vitest';
import { guardCmsRequest } from '../../scripts/lib/cms-guard.mjs';
import { buildCmsConfig, NO_MEDIA_LIBRARY } from '../../src/lib/cms/config';

const ctx = { port: 8081, devPort: 4321, baseBranch: 'main' };
const call = (action: string, params: unknown, headers: Record<string, string> = {}) =>
  guardCmsRequest(
    {
      method: 'POST',
      url: '/api/v1',
      headers: { host: '127.0.0.1:8081', origin: 'http://127.0.0.1:4321', ...headers },
      body: JSON.stringify({ action, params }),
    },
    ctx,
  );

describe('the guard of the local storage (npm run cms)', () => {
  it("lets the editing screen's own requests through", () => {
    expect(call('entriesByFolder', { branch: 'main', folder: 'data/initiatives', extension: 'yaml', depth: 1 })).toEqual({ ok: true });
    expect(call('getEntry', { branch: 'main', path: 'data/organisations/scalda.yaml' })).toEqual({ ok: true });
    expect(
      call('persistEntry', {
        branch: 'main',
        dataFiles: [{ slug: 'x', path: 'data/initiatives/x.yaml', raw: 'name: X\n' }],
        assets: [],
        options: { commitMessage: 'Nieuw: X' },
      }),
    ).toEqual({ ok: true });
    expect(call('info', undefined, { host: 'localhost:8081', origin: 'http://localhost:4321' })).toEqual({ ok: true });
    // A preflight, and a request without Origin (curl on the same machine).
    expect(
      guardCmsRequest({ method: 'OPTIONS', url: '/api/v1', headers: { host: '127.0.0.1:8081', origin: 'http://127.0.0.1:4321' } }, ctx),
    ).toEqual({
      ok: true,
    });
    expect(call('info', undefined, { origin: undefined as unknown as string })).toMatchObject({ ok: true });
    // What the editing screen asks as it loads: an entry without a path (decap-server answers with an error).
    expect(call('getEntry', { branch: 'main', path: '' })).toEqual({ ok: true });
  });

  it('has no media to guard: the CMS has no media folder, only a library that adds nothing', () => {
    const config = buildCmsConfig({ repository: 'org/atlas', branch: 'main', localPort: 8081 });
    expect(config.media_folder).toBeUndefined();
    expect(config.media_library).toEqual({ name: NO_MEDIA_LIBRARY });
    expect(call('getMedia', { branch: 'main', mediaFolder: 'public/uploads' })).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses another host (DNS rebinding) and another page', () => {
    expect(call('getEntry', { branch: 'main', path: 'data/x.yaml' }, { host: 'rebind.attacker.example:8081' })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(call('getEntry', { branch: 'main', path: 'data/x.yaml' }, { origin: 'http://rebind.attacker.example:8081' })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(call('info', undefined, { origin: 'http://127.0.0.1:9999' })).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses files outside data/, uploads, publishing and other branches', () => {
    const refused = [
      call('persistMedia', { branch: 'main', asset: { path: 'package.json', content: 'e30K', encoding: 'base64' } }),
      call('getEntry', { branch: 'main', path: 'package.json' }),
      call('getEntry', { branch: 'main', path: 'data/../package.json' }),
      call('getEntry', { branch: 'main', path: '/etc/passwd' }),
      call('deleteFiles', { branch: 'main', paths: ['data/initiatives/a.yaml', '.github/workflows/deploy.yml'] }),
      call('persistEntry', {
        branch: 'main',
        dataFiles: [{ slug: 'x', path: 'data/initiatives/x.yaml', newPath: 'scripts/x.mjs', raw: '' }],
      }),
      call('persistEntry', {
        branch: 'main',
        dataFiles: [{ slug: 'x', path: 'data/initiatives/x.yaml', raw: '' }],
        assets: [{ path: 'data/x.svg' }],
      }),
      call('publishUnpublishedEntry', { branch: 'main', collection: 'initiatives', slug: 'x' }),
      call('getEntry', { branch: 'gh-pages', path: 'data/x.yaml' }),
      call('entriesByFolder', { branch: 'main', folder: '.github' }),
    ];
    for (const r of refused) expect(r).toMatchObject({ ok: false, status: 403, message: expect.stringMatching(/^Geweigerd: /) });
    expect(guardCmsRequest({ method: 'GET', url: '/api/v1', headers: { host: '127.0.0.1:8081' } }, ctx)).toMatchObject({
      ok: false,
      status: 405,
    });
    expect(guardCmsRequest({ method: 'POST', url: '/elders', headers: { host: '127.0.0.1:8081' }, body: '{}' }, ctx)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(guardCmsRequest({ method: 'POST', url: '/api/v1', headers: { host: '127.0.0.1:8081' }, body: 'geen json' }, ctx)).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});
