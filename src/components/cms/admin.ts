/**
 * Sets up Decap CMS: the location picker, the preview, and validation before every save
 * with the same validator as the build. Then starts the CMS with the generated config.
 */
// First: the fork's own words, before the modules below are evaluated (fork-labels.ts).
import './fork-labels';
import { emptyValuePaths } from '../../lib/cms/empty-values';
import { linksFor } from '../../lib/urls';
import { slugProblem } from '../../lib/cms/slug';
import { atlasDutchPhrases, translateUntranslatable } from './locale-nl';
import { correctionHint, validateCmsEntry } from './validate-entry';
import { createLocationWidget } from './location-widget';
import { chosenPoints, createPlaceWidget } from './place-widget';
import { pointEdits } from '../../lib/cms/chosen-points';
import { createPreview } from './preview';
import type { DecapEntry, DecapGlobal } from './decap';
import { currentText, localBackendInUse, REFUSE_PUBLISH, REFUSE_STALE } from './local-guard';
import { cmsFormat, NO_MEDIA_LIBRARY, NO_MEDIA_MESSAGE } from '../../lib/cms/config';
import { cmsFileFormat } from '../../lib/cms/file-format';
import { dateRewrites } from '../../lib/cms/dates';
import { ENTITIES, ENTITY_KINDS, kindOfFolder } from '../../lib/schema/schemas';
import { SaveRefused } from './save-refused';
import { markRequired } from './required-mark';

declare global {
  interface Window {
    CMS: DecapGlobal;
    h: DecapGlobal['h'];
    createClass: DecapGlobal['createClass'];
  }
}

const CMS = window.CMS;
// Handed over by the page (src/pages/admin/index.astro): this script is bundled once for every
// base path and theme (src/integrations/cms-script.ts).
const links = linksFor(document.body.dataset.base!);
const siteCss = document.body.dataset.siteCss!;
const config = JSON.parse(document.getElementById('atlas-cms-config')!.textContent!) as Record<string, unknown> & {
  local_backend: { url: string };
};

// Local editing on another port (`npm run cms -- --port 8090`, or the tests): /admin/?poort=8090.
const port = new URLSearchParams(location.search).get('poort');
if (port && /^\d{2,5}$/.test(port) && /^(127\.0\.0\.1|localhost)$/.test(location.hostname)) {
  config.local_backend = { ...config.local_backend, url: `http://127.0.0.1:${port}/api/v1` };
}

CMS.registerPreviewStyle(siteCss);
// No uploads (src/lib/cms/config.ts, media_library): no media button, and an image button says why.
CMS.registerMediaLibrary({
  name: NO_MEDIA_LIBRARY,
  init: async () => ({
    show: () => window.alert(NO_MEDIA_MESSAGE),
    enableStandalone: () => false,
  }),
});
CMS.registerWidget('atlas-locations', ...createLocationWidget(links.adminFile('plaatsen.json')));
CMS.registerWidget('atlas-place', ...createPlaceWidget(links.adminFile('plaatsen.json')));
for (const kind of ENTITY_KINDS)
  CMS.registerPreviewTemplate(ENTITIES[kind].folder, createPreview(kind, links.download('organisaties.json')));
// Files are written by the atlas's canonical writer (keys in schema order, whatever the form order).
for (const kind of ENTITY_KINDS) CMS.registerCustomFormat(cmsFormat(kind), 'yaml', cmsFileFormat(kind));

const localUrl = config.local_backend.url;
const baseBranch = String((config.backend as { branch?: string } | undefined)?.branch ?? 'main');
/**
 * What this tab last knew of each entry's file: the text it opened (Decap's `raw`) or, after
 * a save here, the text it saved. A save that finds anything else refuses (local-guard.ts).
 */
const knownText = new Map<string, string>();
const entryKey = (entry: DecapEntry) => `${String(entry.get('collection'))}/${String(entry.get('slug'))}`;

CMS.registerEventListener({
  name: 'prePublish',
  handler: async ({ entry }) => {
    if (await localBackendInUse(localUrl))
      throw new SaveRefused(REFUSE_PUBLISH(String(entry.get('collection')), String(entry.get('slug'))));
  },
});

CMS.registerEventListener({
  name: 'postSave',
  handler: async ({ entry }) => {
    chosenPoints.clear(); // saved: what the pickers chose is in the entry now
    if (!(await localBackendInUse(localUrl))) return;
    const now = await currentText(localUrl, baseBranch, entry);
    if (now !== undefined) knownText.set(entryKey(entry), now);
  },
});

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const collection = String(entry.get('collection'));
    if (!entry.get('newRecord') && (await localBackendInUse(localUrl))) {
      // Stale when the file is neither what this tab opened nor what it last saved itself.
      const known = [String(entry.get('raw') ?? ''), knownText.get(entryKey(entry))].filter(Boolean);
      const now = await currentText(localUrl, baseBranch, entry);
      if (known.length && now !== undefined && !known.includes(now)) throw new SaveRefused(REFUSE_STALE);
    }
    // Cleared fields and emptied list items go, so every save is in the canonical form.
    let cleaned = entry.get('data');
    for (const path of emptyValuePaths(cleaned.toJS())) cleaned = cleaned.deleteIn(path);
    // Every collection is a kind of data file (buildCmsConfig); the rest takes the kind, not the folder.
    const kind = kindOfFolder(collection);
    if (!kind) return cleaned;
    // Dates typed the Dutch way (5-12-2026) are stored as 2026-12-05.
    for (const [path, iso] of dateRewrites(cleaned.toJS(), ENTITIES[kind].schema, ENTITIES[kind].schema))
      cleaned = cleaned.setIn(path, iso);
    // Coordinates come from the place pickers (a widget changes only its own field): an
    // organisation's, and each new organisation's in an initiative.
    for (const e of pointEdits(cleaned.toJS() as Record<string, unknown>, (place) => chosenPoints.get(place)))
      cleaned = e.value === undefined ? cleaned.deleteIn(e.path) : cleaned.setIn(e.path, e.value);
    const data = cleaned.toJS() as Record<string, unknown>;
    const slug = entry.get('newRecord') ? undefined : String(entry.get('slug'));
    const problems = await validateCmsEntry(kind, data, document.body.dataset.regionsUrl!, slug);
    // A new entry's file name comes from its name and never changes: it must be a valid id.
    const named = entry.get('newRecord') ? slugProblem(data.name, kind) : undefined;
    if (named) problems.unshift(named);
    if (problems.length) throw new SaveRefused(correctionHint(kind, problems));
    return cleaned;
  },
});

// The intro (atlas name, what happens to a proposal, a way back) belongs to the login page:
// it stays while the CMS loads and shows its login button, and goes once the editor itself is
// there. Hiding it at the first other element hid it for good under the dev
// server, where a loading message comes before the login page.
const intro = document.getElementById('atlas-intro');
if (intro) {
  const observer = new MutationObserver(() => {
    // The app's header (lists) or an editor's back link: both only after login.
    if (!document.querySelector('#nc-root header, #nc-root a[href^="#/collections"]')) return;
    intro.hidden = true;
    observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

// English that Decap's locale cannot reach: react-select's own messages in the relation and
// select widgets. Replaced where they appear; the list is in locale-nl.ts. And required
// fields get their "(verplicht)" (required-mark.ts).
new MutationObserver((records) => {
  for (const r of records) {
    if (r.type === 'childList')
      for (const n of r.addedNodes) {
        translateUntranslatable(n);
        markRequired(n);
      }
    // react-select rewrites its live region's text and its remove buttons' labels in place.
    else translateUntranslatable(r.target);
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });

CMS.registerLocale('nl', atlasDutchPhrases());
CMS.init({ config: { ...config, load_config_file: false } });
