import { BlockList, isIP } from 'node:net';

// Client addresses an SMTP listener accepts, from "10.0.0.0/8, 2001:db8::/32,
// 192.0.2.7" (validated by the config schema).

/** A test of one client address; an IPv4 client seen as ::ffff:a.b.c.d counts as a.b.c.d. */
export function createAllowlist(entries: string[]): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [ip, bits] = entry.split('/');
    const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, Number(bits), family);
  }
  return (address) => {
    if (!address) return false;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    const ip = mapped ? mapped[1] : address;
    const family = isIP(ip);
    return family !== 0 && list.check(ip, family === 6 ? 'ipv6' : 'ipv4');
  };
}
