/**
 * Whether a web address points into a private network rather than at a public page: the
 * machine itself (localhost, 127.0.0.0/8, ::1), a private or link-local range (10/8,
 * 172.16/12, 192.168/16, 169.254/16 with the cloud metadata address, 100.64/10, fc00::/7,
 * fe80::/10), a name without a dot or one of the local domains; or an address with a user
 * name or password in it. The atlas publishes public pages only, and the link checker must not
 * become a way to probe the network of whoever runs it (a maintainer review sent HEAD requests
 * to 127.0.0.1 through `npm run check:links`). This looks at what the address says; the link
 * checker also checks every address a name resolves to (internalIp), so a public-looking name
 * that points at 127.0.0.1 is not asked either.
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
  if (IPV4.test(host)) return internalIp(host) ? internal : undefined;
  if (!host.includes('.') || /\.(localhost|local|internal|lan|home\.arpa)$/.test(host)) return internal;
  return undefined;
}

/** A dotted IPv4 address, its four numbers captured. */
const IPV4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/;

/** Whether an IP address (v4 dotted, or v6 without brackets) is not a public internet address. */
export function internalIp(ip: string): boolean {
  const v4 = IPV4.exec(ip);
  return v4 ? internalIpv4(v4.slice(1).map(Number)) : internalIpv6(ip.toLowerCase());
}

function internalIpv4([a, b]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b! >= 64 && b! <= 127) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a! >= 224 // multicast, reserved and broadcast
  );
}

/** The eight 16-bit groups of an IPv6 address (:: expanded, a dotted IPv4 tail read too). */
function groupsOf(host: string): number[] | undefined {
  let h = host;
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(h);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    h = `${h.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = h.split('::');
  const left = head ? head.split(':') : [];
  const right = rest === undefined ? [] : rest ? rest.split(':') : [];
  const fill = rest === undefined ? 0 : 8 - left.length - right.length;
  const parts = [...left, ...Array(Math.max(0, fill)).fill('0'), ...right];
  if (parts.length !== 8 || parts.some((p) => !/^[0-9a-f]{1,4}$/.test(p))) return undefined;
  return parts.map((p) => parseInt(p, 16));
}

function internalIpv6(host: string): boolean {
  const g = groupsOf(host);
  if (!g) return true; // not an address this code can read: not asked
  const v4 = () => internalIpv4([g[6]! >> 8, g[6]! & 255]);
  // ::, ::1 and the rest of ::/112: never a public page. (An IPv4-compatible ::a.b.c.d is judged by its
  // IPv4 address just below.)
  if (g.slice(0, 7).every((x) => x === 0)) return true;
  // An IPv4 address inside IPv6: mapped (::ffff:a.b.c.d), translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d).
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return v4();
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0xffff && g[5] === 0) return v4();
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4();
  const first = g[0]!;
  // Unique local fc00::/7, link-local fe80::/10, site-local fec0::/10 (deprecated), multicast ff00::/8.
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0 || (first & 0xff00) === 0xff00;
}
