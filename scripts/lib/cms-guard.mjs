/**
 * The guard in front of decap-server during `npm run cms` (scripts/cms.mjs). decap-server binds
 * to 127.0.0.1, but it checks no Host header: a web page the user has open elsewhere can point
 * its own domain at 127.0.0.1 (DNS rebinding) and call the server as if it were the editing
 * screen, and the server writes any file of its clone on any branch (a hostile review committed
 * package.json that way, and the sync copied the branch into the user's repository). So only
 * requests that can come from the editing screen itself pass: to this host and port, from the dev
 * server's page, for the actions the editing screen needs, on data/ files and the CMS's branches.
 * Pure: scripts/cms.mjs does the forwarding; tests/unit/cms-guard.test.ts tries each rule.
 */

/**
 * What the editing screen does. Media are not among it (the CMS has no media folder, only a
 * library that adds nothing: src/lib/cms/config.ts), nor publishing (a maintainer merges).
 */
export const ALLOWED_ACTIONS = new Set([
  'info',
  'entriesByFolder',
  'entriesByFiles',
  'getEntry',
  'unpublishedEntries',
  'unpublishedEntry',
  'unpublishedEntryDataFile',
  'deleteUnpublishedEntry',
  'persistEntry',
  'updateUnpublishedEntryStatus',
  'deleteFile',
  'deleteFiles',
  'getDeployPreview',
]);

/** A data file or folder below data/, without '..', '.' or empty segments, in the characters ids and folders use. */
const DATA_PATH = /^data(?:\/(?!\.{1,2}(?:\/|$))[A-Za-z0-9_.-]+)*\/?$/;

/** Every string the request names a file or folder with, wherever it stands in `params`. @param {unknown} v @param {string[]} out */
function pathsIn(v, out = []) {
  if (Array.isArray(v)) for (const x of v) pathsIn(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if (['path', 'newPath', 'folder', 'mediaFolder'].includes(k) && typeof x === 'string') out.push(x);
      else if (k === 'paths' && Array.isArray(x)) out.push(...x.filter((p) => typeof p === 'string'));
      else pathsIn(x, out);
    }
  return out;
}

/**
 * Whether a request may reach decap-server, or why not (in Dutch).
 * @param {{ method: string, url: string, headers: Record<string, string | string[] | undefined>, body?: string }} req
 * @param {{ port: string | number, devPort: string | number, baseBranch: string }} ctx
 * @returns {{ ok: true } | { ok: false, status: number, message: string }}
 */
export function guardCmsRequest(req, { port, devPort, baseBranch }) {
  const refuse = (status, message) => ({ ok: false, status, message });
  const host = String(req.headers.host ?? '');
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
    return refuse(403, `Geweigerd: de lokale opslag antwoordt alleen op 127.0.0.1:${port}, niet op '${host}'.`);
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://127.0.0.1:${devPort}` && origin !== `http://localhost:${devPort}`)
    return refuse(403, `Geweigerd: alleen het invoerscherm (http://127.0.0.1:${devPort}/admin/) mag de lokale opslag gebruiken.`);
  const path = req.url.split('?')[0];
  if (path !== '/api/v1') return refuse(404, 'Onbekend adres.');
  if (req.method === 'OPTIONS') return { ok: true };
  if (req.method !== 'POST') return refuse(405, 'Alleen POST.');
  let call;
  try {
    call = JSON.parse(req.body ?? '');
  } catch {
    return refuse(400, 'Geen geldige JSON.');
  }
  if (!call || typeof call !== 'object' || typeof call.action !== 'string') return refuse(400, 'Geen opdracht.');
  if (!ALLOWED_ACTIONS.has(call.action))
    return refuse(403, `Geweigerd: '${call.action}' doet het invoerscherm niet (geen bestanden uploaden, niet zelf publiceren).`);
  const params = call.params ?? {};
  const branch = params.branch;
  if (branch !== undefined && branch !== baseBranch && !(typeof branch === 'string' && branch.startsWith('cms/')))
    return refuse(403, `Geweigerd: het invoerscherm werkt alleen op '${baseBranch}' en op cms/-branches.`);
  // '' names no file: the workflow board asks getEntry for it, and decap-server answers with an error.
  for (const p of pathsIn(params))
    if (p !== '' && !DATA_PATH.test(p))
      return refuse(403, `Geweigerd: '${p}' ligt buiten data/; het invoerscherm bewerkt alleen databestanden.`);
  if (Array.isArray(params.assets) && params.assets.length) return refuse(403, 'Geweigerd: het invoerscherm uploadt geen bestanden.');
  return { ok: true };
}
