/**
 * Guards of the local backend (`npm run cms`, decap-server on 127.0.0.1), where nothing else
 * stands between two tabs or a publish and the repository:
 * - publishing is refused: a proposal reaches the base branch the way a pull request does, by
 *   a maintainer's merge (scripts/cms.mjs keeps the proposal as a cms/... branch);
 * - a save is refused when the file changed since this tab opened it (another tab, another
 *   person, a maintainer's commit): the second save would silently erase the first.
 * The GitHub backend is left to GitHub (each save is a commit on the proposal's branch).
 */
import type { DecapEntry } from './decap';

/** Decap's local-backend API: one POST per action. */
async function call(url: string, action: string, params: Record<string, unknown>): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action, params }) });
}

/** True when the page talks to a running decap-server (the CMS then uses it, not GitHub). */
export async function localBackendInUse(url: string): Promise<boolean> {
  if (!/^(127\.0\.0\.1|localhost)$/.test(location.hostname)) return false;
  try {
    return (await call(url, 'info', {})).ok;
  } catch {
    return false;
  }
}

/**
 * The text the entry's file has now: on its proposal branch when it has one, else on the base
 * branch; undefined when it has no file yet.
 */
export async function currentText(url: string, branch: string, entry: DecapEntry): Promise<string | undefined> {
  const collection = String(entry.get('collection'));
  const slug = String(entry.get('slug'));
  const path = String(entry.get('path'));
  const proposal = await call(url, 'unpublishedEntry', { branch, collection, slug });
  if (proposal.ok) {
    const { diffs } = (await proposal.json()) as { diffs: { id: string; path: string }[] };
    const diff = diffs.find((d) => d.path === path);
    if (diff) {
      const file = await call(url, 'unpublishedEntryDataFile', { branch, collection, slug, id: diff.id, path });
      if (file.ok) return ((await file.json()) as { data: string }).data;
    }
  }
  const published = await call(url, 'getEntry', { branch, path });
  return published.ok ? (((await published.json()) as { data: string | null }).data ?? undefined) : undefined;
}

/** The Dutch refusals. */
export const REFUSE_PUBLISH = (collection: string, slug: string) =>
  `Publiceren gebeurt niet in het lokale invoerscherm. Uw voorstel is bewaard als branch cms/${collection}/${slug} in uw repository; een beheerder voegt het samen (git merge), zoals een pull request op GitHub.`;
export const REFUSE_STALE =
  'Dit item is gewijzigd sinds u het opende (in een ander tabblad of venster, of door iemand anders). Wat u typte staat nog in dit formulier: kopieer wat u wilt bewaren, herlaad de pagina en breng het opnieuw aan.';
