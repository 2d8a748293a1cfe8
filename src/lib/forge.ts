import type { SiteConfig } from './schema/types.generated';

/**
 * The repository's web address on its forge: github.com, or the Forgejo's own origin (from
 * `cms.apiRoot`, e.g. https://codeberg.org/api/v1 → https://codeberg.org/<owner>/<name>).
 * "Broncode", the data folder and "Meld het" links go through here, so a fork on Codeberg does
 * not link to GitHub.
 */
export function repositoryUrl(config: Pick<SiteConfig, 'repository'> & { cms: Pick<SiteConfig['cms'], 'backend' | 'apiRoot'> }): string {
  const origin = config.cms.backend === 'forgejo' && config.cms.apiRoot ? new URL(config.cms.apiRoot).origin : 'https://github.com';
  return `${origin}/${config.repository}`;
}

/** A folder or file on the configured branch, as the forge shows it (GitHub: tree/blob; Forgejo: src/branch). */
export function repositoryPathUrl(
  config: Pick<SiteConfig, 'repository'> & { cms: Pick<SiteConfig['cms'], 'backend' | 'apiRoot' | 'branch'> },
  path: string,
  what: 'folder' | 'file',
): string {
  const view = config.cms.backend === 'forgejo' ? 'src/branch' : what === 'folder' ? 'tree' : 'blob';
  return `${repositoryUrl(config)}/${view}/${config.cms.branch}/${path}`;
}
