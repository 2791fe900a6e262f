using System.IO.Pipelines;

namespace PiaSearch.Api.Hosting.Kestrel;

/// <summary>
/// A <see cref="PipeReader"/> over the connection's input that passes every byte through a
/// <see cref="RequestLineEncoder"/>. It reads from the connection only when Kestrel asks for more data, so the
/// socket's own backpressure is kept and nothing is buffered ahead of the server.
/// </summary>
internal sealed class RequestLineEncodingPipeReader(PipeReader inner) : PipeReader
{
    private readonly RequestLineEncoder _encoder = new();
    private readonly Pipe _decoded = new(new PipeOptions(pauseWriterThreshold: 0, useSynchronizationContext: false));
    private SequencePosition? _lastEnd;
    private bool _wantsMore = true;
    private bool _innerCompleted;

    public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (!_wantsMore && _decoded.Reader.TryRead(out var buffered))
            {
                return Remember(buffered);
            }

            if (_innerCompleted)
            {
                return Remember(await _decoded.Reader.ReadAsync(cancellationToken));
            }

            var result = await inner.ReadAsync(cancellationToken);
            if (result.IsCanceled)
            {
                return new ReadResult(default, isCanceled: true, isCompleted: false);
            }

            foreach (var segment in result.Buffer)
            {
                _encoder.Transform(segment.Span, _decoded.Writer);
            }

            inner.AdvanceTo(result.Buffer.End);
            await _decoded.Writer.FlushAsync(cancellationToken);
            if (result.IsCompleted)
            {
                _innerCompleted = true;
                await _decoded.Writer.CompleteAsync();
            }

            if (!result.Buffer.IsEmpty || result.IsCompleted)
            {
                _wantsMore = false;
            }
        }
    }

    public override bool TryRead(out ReadResult result)
    {
        if (!_wantsMore && _decoded.Reader.TryRead(out result))
        {
            result = Remember(result);
            return true;
        }

        result = default;
        return false;
    }

    public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        // Everything examined means the caller needs bytes it has not seen: the next read goes to the socket.
        _wantsMore = _lastEnd is { } end && examined.Equals(end) && !_innerCompleted;
        _decoded.Reader.AdvanceTo(consumed, examined);
    }

    public override void CancelPendingRead() => inner.CancelPendingRead();

    public override void Complete(Exception? exception = null)
    {
        inner.Complete(exception);
        _decoded.Reader.Complete(exception);
        _decoded.Writer.Complete(exception);
    }

    private ReadResult Remember(ReadResult result)
    {
        _lastEnd = result.Buffer.End;
        return result;
    }
}
