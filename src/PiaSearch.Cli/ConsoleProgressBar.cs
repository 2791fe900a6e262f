using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli;

/// <summary>
/// Progress of a large ingest: a one-line bar on a terminal, or one line per staged file when the output is a
/// log or a pipe. Silent for small inputs. Thread-safe: an ingest reports from every core at once (Parallel.For),
/// so each report is written whole under a lock, and reports that arrive late (out of order) never move it back.
/// </summary>
internal sealed class ConsoleProgressBar(TextWriter writer, bool enabled, bool interactive) : IProgress<IngestProgress>
{
    private const int Width = 30;
    private readonly System.Threading.Lock _lock = new();
    private int _lastPercent = -1;
    private int _lastFiles;

    public void Report(IngestProgress value)
    {
        if (!enabled || value.BytesTotal <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (interactive)
            {
                WriteBar(value);
            }
            else
            {
                WriteLine(value);
            }
        }
    }

    private void WriteLine(IngestProgress value)
    {
        if (value.FilesDone <= _lastFiles)
        {
            return;
        }

        _lastFiles = value.FilesDone;
        writer.WriteLine($"staged {value.FilesDone}/{value.FilesTotal}: {Path.GetFileName(value.Source)} (not yet committed)");
        writer.Flush();
    }

    private void WriteBar(IngestProgress value)
    {
        var percent = (int)(value.BytesDone * 100 / value.BytesTotal);
        if (percent <= _lastPercent)
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
