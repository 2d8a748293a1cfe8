/**
 * The Forgejo option (Codeberg or a self-hosted Forgejo), tested as files: no forge runs here.
 * The generated CMS configuration and CSP, the site-config check, the keys Decap's Forgejo
 * backend reads, and the Forgejo Actions copy of the pull-request check against GitHub's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { adminCsp } from '../../src/lib/cms/admin-csp';
import { buildCmsConfig } from '../../src/lib/cms/config';
import { repositoryPathUrl, repositoryUrl } from '../../src/lib/forge';
import { siteConfigProblems } from '../../src/lib/site-config-check';
import { siteConfig } from '../../src/site.config';
import { ROOT } from '../helpers/fixtures';

const forgejo = { backend: 'forgejo' as const, apiRoot: 'https://codeberg.org/api/v1', appId: '0a1b2c3d-voorbeeld' };

describe('the CMS on a Forgejo', () => {
  it('generates the forgejo backend: api_root, app_id, open authoring with the editorial workflow, no proxy', () => {
    const config = buildCmsConfig({ repository: 'redactie/atlas', branch: 'main', localPort: 8081, ...forgejo });
    expect(config.backend).toMatchObject({
      name: 'forgejo',
      repo: 'redactie/atlas',
      branch: 'main',
      api_root: 'https://codeberg.org/api/v1',
      app_id: '0a1b2c3d-voorbeeld',
      open_authoring: true,
    });
    expect(config.backend).not.toHaveProperty('base_url');
    expect(config.backend).not.toHaveProperty('auth_scope');
    expect(config.publish_mode).toBe('editorial_workflow');
    // GitHub stays the default, with its OAuth proxy.
    const github = buildCmsConfig({ repository: 'org/atlas', branch: 'main', localPort: 8081, authBaseUrl: 'https://auth.example.org' });
    expect(github.backend).toMatchObject({ name: 'github', base_url: 'https://auth.example.org', open_authoring: true });
  });

  it("uses the keys Decap's Forgejo backend reads (decap-cms-backend-forgejo in node_modules)", () => {
    const dir = join(ROOT, 'node_modules', 'decap-cms-backend-forgejo', 'src');
    const impl = readFileSync(join(dir, 'implementation.tsx'), 'utf8');
    const auth = readFileSync(join(dir, 'AuthenticationPage.js'), 'utf8');
    expect(impl).toContain('config.backend.api_root');
    expect(impl).toContain('config.backend.open_authoring');
    expect(auth).toMatch(/const \{ api_root, app_id = '' \} = this\.props\.config\.backend/);
    expect(auth).toContain('PkceAuthenticator');
    // The login and the token exchange happen on the forge's own origin (api_root without /api/v1).
    expect(auth).toContain("auth_token_endpoint: 'login/oauth/access_token'");
    expect(readFileSync(join(ROOT, 'node_modules', 'decap-cms', 'dist', 'decap-cms.js'), 'utf8')).toContain('registerBackend("forgejo"');
  });

  it("lets the admin page talk to the forge's origin only (API, token exchange, avatars), not to GitHub", () => {
    const csp = adminCsp({ ...forgejo, dev: false });
    expect(csp).toContain("connect-src 'self' https://codeberg.org;");
    expect(csp).toContain("img-src 'self' data: blob: https://codeberg.org;");
    expect(csp).not.toContain('github');
    const own = adminCsp({ backend: 'forgejo', apiRoot: 'https://git.voorbeeld.nl/api/v1', dev: true });
    expect(own).toContain("connect-src 'self' https://git.voorbeeld.nl http://127.0.0.1:* http://localhost:*;");
  });

  it('is chosen at build time with ATLAS_CMS_BACKEND, ATLAS_CMS_API_ROOT and ATLAS_CMS_APP_ID (README)', async () => {
    vi.resetModules();
    vi.stubEnv('ATLAS_CMS_BACKEND', 'forgejo');
    vi.stubEnv('ATLAS_CMS_API_ROOT', 'https://codeberg.org/api/v1');
    vi.stubEnv('ATLAS_CMS_APP_ID', 'abc-123');
    try {
      const fresh = (await import('../../src/site.config')).siteConfig;
      expect(fresh.cms).toMatchObject({ backend: 'forgejo', apiRoot: 'https://codeberg.org/api/v1', appId: 'abc-123' });
      const config = buildCmsConfig({ repository: fresh.repository, ...fresh.cms });
      expect(config.backend).toMatchObject({ name: 'forgejo', api_root: 'https://codeberg.org/api/v1', app_id: 'abc-123' });
      vi.resetModules();
      vi.stubEnv('ATLAS_CMS_APP_ID', '');
      await expect(import('../../src/site.config')).rejects.toThrow(/cms\.appId/);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it('links to the repository on its own forge (Broncode, the data folder, CONTRIBUTING)', () => {
    const onForgejo = { repository: 'redactie/atlas', cms: { branch: 'main', ...forgejo } };
    expect(repositoryUrl(onForgejo)).toBe('https://codeberg.org/redactie/atlas');
    expect(repositoryPathUrl(onForgejo, 'data', 'folder')).toBe('https://codeberg.org/redactie/atlas/src/branch/main/data');
    const onGithub = { repository: 'org/atlas', cms: { backend: 'github' as const, branch: 'main' } };
    expect(repositoryUrl(onGithub)).toBe('https://github.com/org/atlas');
    expect(repositoryPathUrl(onGithub, 'data', 'folder')).toBe('https://github.com/org/atlas/tree/main/data');
    expect(repositoryPathUrl(onGithub, 'CONTRIBUTING.md', 'file')).toBe('https://github.com/org/atlas/blob/main/CONTRIBUTING.md');
  });

  it('the site configuration asks for apiRoot and appId with backend forgejo, and checks the API address', () => {
    const cms = (extra: object) => ({ ...siteConfig, cms: { ...siteConfig.cms, ...extra } });
    expect(siteConfigProblems(cms(forgejo))).toEqual([]);
    expect(siteConfigProblems(cms({ backend: 'forgejo' })).map((p) => [p.field, p.message])).toEqual([
      ['cms.apiRoot', "Met backend 'forgejo' is cms.apiRoot nodig."],
      ['cms.appId', "Met backend 'forgejo' is cms.appId nodig."],
    ]);
    expect(siteConfigProblems(cms({ ...forgejo, apiRoot: 'https://codeberg.org' }))[0]).toMatchObject({ field: 'cms.apiRoot' });
    expect(siteConfigProblems(cms({ backend: 'gitlab' }))[0]).toMatchObject({ field: 'cms.backend' });
  });
});

describe('the Forgejo Actions copy of the pull-request check', () => {
  interface Step {
    name?: string;
    uses?: string;
    run?: string;
    'working-directory'?: string;
  }
  interface Job {
    'runs-on': string;
    container?: { image: string };
    env?: Record<string, string>;
    steps: Step[];
  }
  type Workflow = { on: unknown; permissions: Record<string, string>; jobs: Record<string, Job> };
  const github = load(readFileSync(join(ROOT, '.github', 'workflows', 'pull-request.yml'), 'utf8')) as Workflow;
  const forge = load(readFileSync(join(ROOT, '.forgejo', 'workflows', 'pull-request.yml'), 'utf8')) as Workflow;
  const npmRuns = (job: Job) =>
    job.steps.flatMap((s) =>
      (s.run ?? '')
        .split('\n')
        .filter((l) => /^\s*npm /.test(l))
        .map((l) => l.trim()),
    );

  it('runs on pull requests with a read-only token, the same jobs', () => {
    expect(forge.on).toBe('pull_request');
    expect(forge.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(forge.jobs)).toEqual(Object.keys(github.jobs));
  });

  it('runs the same npm commands as the GitHub check, except the GitHub-only annotation format', () => {
    for (const job of Object.keys(github.jobs)) {
      const expected = npmRuns(github.jobs[job]!)
        .map((c) => c.replace(' -- --format github', ''))
        .map((c) => c.replace(' >> "$GITHUB_STEP_SUMMARY"', ''));
      expect(npmRuns(forge.jobs[job]!), job).toEqual(expected);
    }
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const c of Object.values(forge.jobs).flatMap(npmRuns)) {
      const script = /^npm (?:run )?(?:-s )?([\w:]+)/.exec(c)![1]!;
      if (!['install', 'test'].includes(script)) expect(scripts, c).toHaveProperty(script);
    }
  });

  it('the summary job runs the base branch’s code and reads the proposal only as data', () => {
    const steps = forge.jobs.samenvatting!.steps;
    const review = steps.find((s) => s.run?.includes('npm run -s review'))!;
    expect(review['working-directory']).toBe('basis');
    expect(review.run).toContain('--repo ../voorstel');
    expect(steps.find((s) => s.run?.includes('npm install'))!['working-directory']).toBe('basis');
    // Nothing installs or runs in the proposal's folder.
    expect(steps.filter((s) => s['working-directory'] === 'voorstel')).toEqual([]);
  });

  it('uses no actions from elsewhere, no GitHub-only features, and keeps forge values out of run lines', () => {
    const all = Object.values(forge.jobs).flatMap((j) => j.steps);
    expect(all.filter((s) => s.uses)).toEqual([]);
    for (const s of all) {
      expect(s.run ?? '', s.name).not.toMatch(/\$\{\{/);
      expect(s.run ?? '', s.name).not.toMatch(/GITHUB_STEP_SUMMARY|--format github|\bgh /);
    }
    for (const job of Object.values(forge.jobs)) {
      expect(job.container?.image).toMatch(/^node:20/);
      expect(job['runs-on']).toBe('docker');
    }
    // Git hooks stay off on every git command that fetches or checks out.
    for (const line of all.flatMap((s) => (s.run ?? '').split('\n')).filter((l) => /git .*(fetch|checkout)/.test(l)))
      expect(line).toContain('core.hooksPath=/dev/null');
  });
});
