/**
 * Checks web addresses politely: a bounded number at a time (and addresses of one host spread
 * out), a timeout per request, a user agent that says who asks, redirects followed one by one
 * (so they can be reported), HEAD first and GET where a server refuses HEAD. Results carry the
 * time they were made, so a cache can reuse recent ones. The network is passed in (`fetch`), so
 * tests run it against a local server only; it never runs in `npm test` against the internet.
 */

import { internalAddress, internalIp } from './internal-address';

export type LinkState = 'ok' | 'redirected' | 'broken' | 'unreachable';

export interface LinkResult {
  url: string;
  state: LinkState;
  /** The last HTTP status (after redirects), when a server answered. */
  status?: number;
  /** Where the redirects ended, when they did. */
  finalUrl?: string;
  /** Every hop, in order (status and target). */
  redirects?: { status: number; to: string }[];
  /** Why no answer came: 'timeout', 'reset', or the error's code. */
  error?: string;
  /** ISO time of the check. */
  checkedAt: string;
}

export interface CheckOptions {
  concurrency: number;
  timeoutMs: number;
  userAgent: string;
  maxRedirects?: number;
  /** Also ask addresses in a private network (a test server on this machine); never by default. */
  allowInternal?: boolean;
  /**
   * The IP addresses a host name resolves to (the CLI passes node:dns): a name that points into a
   * private network is not asked either. A failed lookup is left to the request, which reports it.
   */
  lookup?: (host: string) => Promise<string[]>;
  fetch?: typeof fetch;
  /**
   * Stop asking when this many addresses in a row, from the start, gave no answer: no network,
   * most likely. Without it, 539 addresses at four at a time and 15 s each said nothing for half an
   * hour (a maintainer review). The result then holds only the addresses asked.
   */
  giveUpAfter?: number;
  /** Called after each address with how many are done (the CLI says it every so often). */
  onProgress?: (done: number) => void;
  now?: () => Date;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/** Why an address is not to be asked: what it says, or where its name resolves to. */
async function internalTarget(url: string, lookup: CheckOptions['lookup']): Promise<string | undefined> {
  const said = internalAddress(url);
  if (said || !lookup) return said;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (/^[\d.]+$/.test(host) || host.includes(':')) return undefined; // a literal: judged above
  const ips = await lookup(host).catch(() => [] as string[]);
  const inside = ips.find(internalIp);
  return inside ? `een naam die naar een adres in een intern netwerk wijst (${inside})` : undefined;
}

function errorName(err: unknown): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || e?.cause?.name === 'TimeoutError') return 'timeout';
  const code = e?.cause?.code ?? e?.code;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || /other side closed|socket hang up/i.test(e?.cause?.message ?? ''))
    return 'reset';
  return code ?? e?.name ?? 'error';
}

/** One address, following redirects itself. */
export async function checkLink(url: string, o: CheckOptions): Promise<LinkResult> {
  const doFetch = o.fetch ?? fetch;
  const checkedAt = (o.now ?? (() => new Date()))().toISOString();
  const redirects: { status: number; to: string }[] = [];
  let current = url;
  try {
    for (let hop = 0; hop <= (o.maxRedirects ?? 5); hop++) {
      // Not asked, also not as the target of a redirect: the checker probes no private network.
      const internal = o.allowInternal ? undefined : await internalTarget(current, o.lookup);
      if (internal)
        return {
          url,
          state: 'broken',
          error: `niet opgevraagd: ${redirects.length ? `de doorverwijzing naar ${current} is ` : ''}${internal}`,
          ...(redirects.length ? { finalUrl: current, redirects } : {}),
          checkedAt,
        };
      const ask = (method: string) =>
        doFetch(current, {
          method,
          redirect: 'manual',
          headers: { 'user-agent': o.userAgent, accept: 'text/html,application/pdf,*/*;q=0.8' },
          signal: AbortSignal.timeout(o.timeoutMs),
        });
      let res = await ask('HEAD');
      if (res.status === 405 || res.status === 501 || res.status === 403) {
        await res.body?.cancel();
        res = await ask('GET');
      }
      await res.body?.cancel();
      const location = res.headers.get('location');
      if (REDIRECT.has(res.status) && location) {
        const to = new URL(location, current).href;
        redirects.push({ status: res.status, to });
        current = to;
        continue;
      }
      const ok = res.status >= 200 && res.status < 300;
      return {
        url,
        state: ok ? (redirects.length ? 'redirected' : 'ok') : 'broken',
        status: res.status,
        ...(redirects.length ? { finalUrl: current, redirects } : {}),
        checkedAt,
      };
    }
    return { url, state: 'broken', error: 'te veel doorverwijzingen', redirects, checkedAt };
  } catch (err) {
    return { url, state: 'unreachable', error: errorName(err), ...(redirects.length ? { redirects } : {}), checkedAt };
  }
}

/** Orders addresses so that neighbours come from different hosts (one host is not asked many times at once). */
export function spreadByHost(urls: readonly string[]): string[] {
  const byHost = new Map<string, string[]>();
  for (const u of urls) {
    let host = '';
    try {
      host = new URL(u).host;
    } catch {
      // An address that does not parse is checked (and reported) like any other.
    }
    byHost.set(host, [...(byHost.get(host) ?? []), u]);
  }
  const queues = [...byHost.values()];
  const out: string[] = [];
  for (let i = 0; out.length < urls.length; i++) for (const q of queues) if (q[i] !== undefined) out.push(q[i]!);
  return out;
}

/** Many addresses, at most `concurrency` at a time; results in the order given. */
export async function checkLinks(urls: readonly string[], o: CheckOptions): Promise<LinkResult[]> {
  const order = spreadByHost(urls);
  const results = new Map<string, LinkResult>();
  let next = 0;
  let answered = false;
  const givenUp = () => o.giveUpAfter !== undefined && !answered && results.size >= o.giveUpAfter;
  const worker = async () => {
    while (next < order.length && !givenUp()) {
      const url = order[next++]!;
      const r = await checkLink(url, o);
      if (r.state !== 'unreachable') answered = true;
      results.set(url, r);
      o.onProgress?.(results.size);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, order.length)) }, worker));
  return urls.filter((u) => results.has(u)).map((u) => results.get(u)!);
}

/**
 * Cached results still young enough to reuse (younger than `maxAgeDays`), by address. Only answers
 * are reused: an address that gave none (a timeout, no network) is asked again on the next run, as
 * the report advises ("probeer later opnieuw"); a run without network no longer fixed every address
 * as unreachable for a week (a newcomer review).
 */
export function reusable(cache: Record<string, LinkResult>, now: Date, maxAgeDays: number): Map<string, LinkResult> {
  const limit = now.getTime() - maxAgeDays * 86_400_000;
  return new Map(Object.entries(cache).filter(([, r]) => r.state !== 'unreachable' && Date.parse(r.checkedAt) >= limit));
}

/**
 * True when addresses were asked and not one answered: most likely this machine has no network.
 * Three at least: one or two silent addresses are as likely two dead servers.
 */
export function noAnswerAtAll(checked: readonly LinkResult[]): boolean {
  return checked.length >= 3 && checked.every((r) => r.state === 'unreachable');
}
