/**
 * Sets up Decap CMS: the location picker, the preview, and validation before every save
 * with the same validator as the build. Then starts the CMS with the generated config.
 */
import siteCss from '../../styles/global.css?url';
import { slugProblem } from '../../lib/cms/slug';
import { correctionHint, validateCmsEntry } from './validate-entry';
import { createLocationWidget } from './location-widget';
import { createPreview } from './preview';
import type { DecapGlobal } from './decap';

declare global {
  interface Window { CMS: DecapGlobal; h: DecapGlobal['h']; createClass: DecapGlobal['createClass'] }
}

const CMS = window.CMS;
const base = import.meta.env.BASE_URL;
const config = JSON.parse(document.getElementById('atlas-cms-config')!.textContent!) as Record<string, unknown> & { local_backend: { url: string } };

// Local editing on another port (`npm run cms -- --port 8090`, or the tests): /admin/?poort=8090.
const port = new URLSearchParams(location.search).get('poort');
if (port && /^\d{2,5}$/.test(port) && /^(127\.0\.0\.1|localhost)$/.test(location.hostname)) {
  config.local_backend = { ...config.local_backend, url: `http://127.0.0.1:${port}/api/v1` };
}

CMS.registerPreviewStyle(siteCss);
CMS.registerWidget('atlas-locations', ...createLocationWidget(`${base}admin/plaatsen.json`));
for (const kind of ['initiatives', 'organisations'] as const) CMS.registerPreviewTemplate(kind, createPreview(kind));

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const collection = String(entry.get('collection'));
    const data = entry.get('data').toJS() as Record<string, unknown>;
    const problems = await validateCmsEntry(collection, data, document.body.dataset.regionsUrl!);
    // A new entry's file name comes from its name and never changes: it must be a valid id.
    const slug = entry.get('newRecord') ? slugProblem(data.name, collection) : undefined;
    if (slug) problems.unshift(slug);
    if (problems.length) throw new Error(correctionHint(collection, problems));
    return undefined;
  },
});

CMS.init({ config: { ...config, load_config_file: false } });
