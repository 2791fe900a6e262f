using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli;

/// <summary>A one-line progress bar on a terminal; silent when the stream is redirected.</summary>
internal sealed class ConsoleProgressBar(TextWriter writer, bool enabled) : IProgress<IngestProgress>
{
    private const int Width = 30;
    private int _lastPercent = -1;

    public void Report(IngestProgress value)
    {
        if (!enabled || value.BytesTotal <= 0)
        {
            return;
        }

        var percent = (int)(value.BytesDone * 100 / value.BytesTotal);
        if (percent == _lastPercent)
        {
            return;
        }

        _lastPercent = percent;
        var filled = percent * Width / 100;
        writer.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {Path.GetFileName(value.Source)}");
        if (percent == 100)
        {
            writer.WriteLine();
        }
    }
}
