using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace PiaSearch.Api.Hosting.Kestrel;

/// <summary>
/// Lets clients that send raw UTF-8 in the URL (<c>curl 'localhost:5080/api/search?q=情報政策課'</c>) be
/// understood: Kestrel rejects non-ASCII request targets with an empty 400, so this connection middleware
/// percent-encodes them first, as a browser would have.
/// </summary>
public static class Utf8RequestTargetMiddleware
{
    public static ListenOptions UseUtf8RequestTargets(this ListenOptions listenOptions)
    {
        ArgumentNullException.ThrowIfNull(listenOptions);
        listenOptions.Use(next => context => HandleAsync(context, next));
        return listenOptions;
    }

    private static async Task HandleAsync(ConnectionContext context, ConnectionDelegate next)
    {
        var transport = context.Transport;
        var decoded = new Pipe();
        context.Transport = new DuplexPipe(decoded.Reader, transport.Output);
        var pump = PumpAsync(transport.Input, decoded.Writer);
        try
        {
            await next(context);
        }
        finally
        {
            transport.Input.CancelPendingRead();
            await pump;
        }
    }

    private static async Task PumpAsync(PipeReader source, PipeWriter target)
    {
        var encoder = new RequestLineEncoder();
        Exception? error = null;
        try
        {
            while (true)
            {
                var result = await source.ReadAsync();
                if (result.IsCanceled)
                {
                    break;
                }

                foreach (var segment in result.Buffer)
                {
                    encoder.Transform(segment.Span, target);
                }

                source.AdvanceTo(result.Buffer.End);
                var flush = await target.FlushAsync();
                if (flush.IsCompleted || result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ConnectionResetException or OperationCanceledException or InvalidOperationException)
        {
            error = ex;
        }

        await target.CompleteAsync(error);
        await source.CompleteAsync();
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
