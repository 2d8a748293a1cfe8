/**
 * Whether a web address points into a private network rather than at a public page: the
 * machine itself (localhost, 127.0.0.0/8, ::1), a private or link-local range (10/8,
 * 172.16/12, 192.168/16, 169.254/16 with the cloud metadata address, 100.64/10, fc00::/7,
 * fe80::/10), a name without a dot or one of the local domains; or an address with a user
 * name or password in it. The atlas publishes public pages only, and the link checker must not
 * become a way to probe the network of whoever runs it (a maintainer review sent HEAD requests
 * to 127.0.0.1 through `npm run check:links`). A public name that resolves to a private address
 * is not caught here (that needs DNS); the check is on what the data says.
 */
export function internalAddress(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined; // not an address: the schema says what is wrong with it
  }
  if (u.username || u.password) return 'een adres met een gebruikersnaam of wachtwoord';
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  const internal = 'een adres in een intern netwerk, geen openbare pagina';
  if (host.startsWith('[')) return internalIpv6(host.slice(1, -1)) ? internal : undefined;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) return internalIpv4(v4.slice(1).map(Number)) ? internal : undefined;
  if (!host.includes('.') || /\.(localhost|local|internal|lan|home\.arpa)$/.test(host)) return internal;
  return undefined;
}

function internalIpv4([a, b]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b! >= 64 && b! <= 127)
  );
}

function internalIpv6(host: string): boolean {
  if (host === '::' || host === '::1') return true;
  // An IPv4 address inside IPv6 (::ffff:127.0.0.1; the URL parser writes it as ::ffff:7f00:1).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const hi = parseInt(mapped[1]!, 16);
    return internalIpv4([hi >> 8, hi & 255]);
  }
  const first = parseInt(host.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}
