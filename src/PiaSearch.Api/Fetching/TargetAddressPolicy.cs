using System.Net;
using System.Net.Sockets;

namespace PiaSearch.Api.Fetching;

/// <summary>
/// Which addresses a sourceUrl may reach: only public unicast ones. Loopback, private (RFC 1918, CGNAT 100.64/10,
/// IPv6 ULA fc00::/7), link-local (169.254/16 with the cloud metadata address, fe80::/10), unspecified, multicast,
/// broadcast and reserved ranges are refused, as are IPv6 forms that carry such an IPv4 address (mapped, NAT64, 6to4).
/// </summary>
public static class TargetAddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out var length);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork when length == 4 => IsPublicV4(b[0], b[1], b[2], b[3]),
            AddressFamily.InterNetworkV6 when length == 16 => IsPublicV6(address, b),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte a, byte b, byte c, byte d) => !(
        a == 0                                   // "this network", 0.0.0.0
        || a == 10                               // private
        || a == 127                              // loopback
        || (a == 100 && b >= 64 && b <= 127)     // carrier-grade NAT
        || (a == 169 && b == 254)                // link-local, cloud metadata 169.254.169.254
        || (a == 172 && b >= 16 && b <= 31)      // private
        || (a == 192 && b == 0 && c == 0)        // IETF protocol assignments
        || (a == 192 && b == 0 && c == 2)        // documentation
        || (a == 192 && b == 88 && c == 99)      // 6to4 relay anycast
        || (a == 192 && b == 168)                // private
        || (a == 198 && (b == 18 || b == 19))    // benchmarking
        || (a == 198 && b == 51 && c == 100)     // documentation
        || (a == 203 && b == 0 && c == 113)      // documentation
        || a >= 224                              // multicast, reserved, broadcast 255.255.255.255
        || (a | b | c | d) == 0);

    private static bool IsPublicV6(IPAddress address, ReadOnlySpan<byte> b)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
        {
            return false;
        }

        // ::/96 (IPv4-compatible, deprecated), 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) carry an IPv4 address.
        if (b[..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return false;
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            return IsPublicV4(b[12], b[13], b[14], b[15]);
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicV4(b[2], b[3], b[4], b[5]);
        }

        return (b[0] & 0xfe) != 0xfc      // unique local fc00::/7
            && (b[0] & 0xe0) == 0x20       // only global unicast 2000::/3 is routed on the internet
            && !(b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8); // documentation 2001:db8::/32
    }
}
