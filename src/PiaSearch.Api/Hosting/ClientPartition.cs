using System.Net;
using System.Net.Sockets;

namespace PiaSearch.Api.Hosting;

/// <summary>
/// The key rate limits count a client by: its IPv4 address, or the /64 network of its IPv6 address (one subscriber
/// usually holds a whole /64, and could otherwise step through its addresses to escape the limit).
/// </summary>
public static class ClientPartition
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(context.Connection.RemoteIpAddress);
    }

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
