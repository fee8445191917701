/**
 * Where a link points, as far as its address tells: the visitor's own machine (loopback), their own
 * network (private, link-local, `.local`), or elsewhere. Read from the URL alone — a name that
 * resolves to a private address is not seen here; the browser's own checks still apply to it.
 */
export type HostKind = 'own_machine' | 'own_network' | 'elsewhere';

function ipv4(host: string): readonly number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

function ipv4Kind([a = 0, b = 0]: readonly number[]): HostKind {
  if (a === 127 || a === 0) return 'own_machine';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'own_network';
  if (a === 169 && b === 254) return 'own_network';
  return 'elsewhere';
}

/** The 16-bit groups of an IPv6 address as the URL parser writes it (compressed, lower case). */
function ipv6Groups(host: string): readonly number[] | undefined {
  const halves = host.split('::');
  if (halves.length > 2) return undefined;
  const read = (text: string): number[] | undefined => {
    if (text === '') return [];
    const groups = text.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN));
    return groups.some(Number.isNaN) ? undefined : groups;
  };
  const head = read(halves[0] ?? '');
  const tail = halves.length === 2 ? read(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  const fill = 8 - head.length - tail.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  return [...head, ...Array<number>(fill).fill(0), ...tail];
}

function ipv6Kind(groups: readonly number[]): HostKind {
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = groups;
  const zeroHead = groups.slice(0, 5).every((g) => g === 0);
  if (zeroHead && g5 === 0 && g6 === 0 && (g7 === 1 || g7 === 0)) return 'own_machine';
  // An IPv4 address mapped into IPv6 (::ffff:127.0.0.1, written ::ffff:7f00:1 by the URL parser).
  if (zeroHead && g5 === 0xffff) return ipv4Kind([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff]);
  if ((g0 & 0xfe00) === 0xfc00) return 'own_network'; // fc00::/7, unique local
  if ((g0 & 0xffc0) === 0xfe80) return 'own_network'; // fe80::/10, link-local
  return 'elsewhere';
}

/** The kind of host a link points at; a text that is no URL counts as elsewhere (it is never fetched). */
export function hostKind(url: string): HostKind {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'elsewhere';
  }
  const bare = host.endsWith('.') ? host.slice(0, -1) : host;
  if (bare === 'localhost' || bare.endsWith('.localhost')) return 'own_machine';
  if (bare.endsWith('.local') || bare.endsWith('.internal') || bare.endsWith('.home.arpa'))
    return 'own_network';
  if (bare.startsWith('[') && bare.endsWith(']')) {
    const groups = ipv6Groups(bare.slice(1, -1));
    return groups ? ipv6Kind(groups) : 'elsewhere';
  }
  const v4 = ipv4(bare);
  return v4 ? ipv4Kind(v4) : 'elsewhere';
}

/** The host as shown in the question: the URL's host with its port, or the text as given. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 80);
  }
}
