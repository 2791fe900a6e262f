using System.Net;
using System.Net.Sockets;

namespace PiaSearch.Api.Fetching;

/// <summary>
/// The HTTP handler fetches go through: it resolves the host itself and connects only to public addresses, checking
/// the address the socket is actually connected to, so a name that resolves to a private address, or re-resolves to
/// one between a check and the connection (DNS rebinding), is refused. Redirects are not followed here
/// (<see cref="ChangeLogFetcher"/> follows them, checking each hop), and no proxy is used, so the check sees the
/// real target.
/// </summary>
public static class GuardedHttpHandler
{
    public static SocketsHttpHandler Create(bool allowPrivateNetworks) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(15),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowPrivateNetworks, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint target, bool allowPrivateNetworks, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(target.Host, cancellationToken);
        var allowed = addresses.Where(a => allowPrivateNetworks || TargetAddressPolicy.IsPublic(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new BlockedTargetException($"{target.Host} resolves to no public address.");
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, target.Port), cancellationToken);
                if (!allowPrivateNetworks && (socket.RemoteEndPoint is not IPEndPoint connected || !TargetAddressPolicy.IsPublic(connected.Address)))
                {
                    throw new BlockedTargetException($"{target.Host} connected to an address that is not public.");
                }

                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (Exception ex) when (ex is SocketException or BlockedTargetException)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
