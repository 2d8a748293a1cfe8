import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteConfig } from '../site.config';

/**
 * Checks the site configuration when the build starts and says exactly what is wrong.
 * Hand-written rather than a schema: the config is TypeScript, already typed; this catches
 * what types cannot (a base path without slashes, an empty title, bounds the wrong way round).
 */
export function checkSiteConfig(c: SiteConfig): SiteConfig {
  const problems: string[] = [];
  const text = (v: unknown, name: string) => {
    if (typeof v !== 'string' || !v.trim()) problems.push(`${name} moet een niet-lege tekst zijn.`);
  };
  text(c.title, 'title');
  text(c.tagline, 'tagline');
  if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(c.lang)) problems.push(`lang '${c.lang}' is geen taalcode (bijvoorbeeld 'nl').`);
  if (!/^https?:\/\/[^/]+$/.test(c.site.replace(/\/$/, '')))
    problems.push(`site '${c.site}' moet een adres zijn als https://voorbeeld.nl, zonder pad.`);
  if (!/^\/([^/]+\/)*$/.test(c.base)) problems.push(`base '${c.base}' moet met een / beginnen en eindigen, bijvoorbeeld '/atlas/'.`);
  if (!/^[\w.-]+\/[\w.-]+$/.test(c.repository)) problems.push(`repository '${c.repository}' moet 'eigenaar/naam' zijn.`);
  text(c.owner?.name, 'owner.name');
  if (!/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(c.owner?.email ?? ''))
    problems.push(`owner.email '${c.owner?.email ?? ''}' is geen e-mailadres (het openbare adres van de redactie).`);
  if (c.cms.authBaseUrl && !/^https:\/\//.test(c.cms.authBaseUrl)) problems.push('cms.authBaseUrl moet met https:// beginnen.');
  if (!Number.isInteger(c.cms.localPort) || c.cms.localPort < 1024 || c.cms.localPort > 65535)
    problems.push('cms.localPort moet een poortnummer tussen 1024 en 65535 zijn.');
  const b = c.map.bounds;
  if (!(b.west < b.east && b.south < b.north)) problems.push('map.bounds: west moet kleiner zijn dan east en south kleiner dan north.');
  if (c.map.basemap && (!c.map.basemap.tiles.length || !c.map.basemap.attribution))
    problems.push('map.basemap heeft tiles én een attribution nodig.');
  if (!/\.css$/.test(c.theme) || !existsSync(resolve(c.theme)))
    problems.push(
      `theme: '${c.theme}' is geen bestaand CSS-bestand (een pad vanaf de map van het project, bijvoorbeeld src/styles/tokens.css).`,
    );
  if (c.regionSets && (!Array.isArray(c.regionSets) || !c.regionSets.length))
    problems.push('regionSets moet een lijst met minstens één id zijn (of weggelaten).');
  if (problems.length) throw new Error(`De siteconfiguratie (src/site.config.ts of ATLAS_CONFIG) klopt niet:\n- ${problems.join('\n- ')}`);
  return c;
}
