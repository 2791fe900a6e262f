using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PiaSearch.Api.Tests.Fetching;

/// <summary>A TCP server on loopback that answers every connection with a script, and counts the connections.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _accepted;

    public LoopbackServer(Func<NetworkStream, CancellationToken, Task> answer)
    {
        _listener.Start();
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }

                Interlocked.Increment(ref _accepted);
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        try
                        {
                            await answer(client.GetStream(), _stop.Token);
                        }
                        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
                        {
                            // The client went away or the server is stopping.
                        }
                    }
                });
            }
        });
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Accepted => _accepted;

    /// <summary>Reads the request head, then writes <paramref name="head"/> and drips <paramref name="body"/> one byte per <paramref name="interval"/>.</summary>
    public static Func<NetworkStream, CancellationToken, Task> Http(string head, string body, TimeSpan interval) => async (stream, token) =>
    {
        await ReadHeadAsync(stream, token);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), token);
        foreach (var b in Encoding.UTF8.GetBytes(body))
        {
            await stream.WriteAsync(new[] { b }, token);
            await Task.Delay(interval, token);
        }
    };

    public static async Task ReadHeadAsync(NetworkStream stream, CancellationToken token)
    {
        var seen = new StringBuilder();
        var buffer = new byte[1];
        while (!seen.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer, token) > 0)
        {
            seen.Append((char)buffer[0]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
