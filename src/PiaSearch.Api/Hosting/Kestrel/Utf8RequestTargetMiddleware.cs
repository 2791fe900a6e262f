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
        listenOptions.Use(next => context =>
        {
            var transport = context.Transport;
            context.Transport = new DuplexPipe(new RequestLineEncodingPipeReader(transport.Input), transport.Output);
            return next(context);
        });
        return listenOptions;
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
