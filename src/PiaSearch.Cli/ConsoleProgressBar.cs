using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli;

/// <summary>
/// Progress of a large ingest: a one-line bar on a terminal, or one line per staged file when the output is a
/// log or a pipe. Silent for small inputs.
/// </summary>
internal sealed class ConsoleProgressBar(TextWriter writer, bool enabled, bool interactive) : IProgress<IngestProgress>
{
    private const int Width = 30;
    private int _lastPercent = -1;
    private int _lastFiles;

    public void Report(IngestProgress value)
    {
        if (!enabled || value.BytesTotal <= 0)
        {
            return;
        }

        if (!interactive)
        {
            if (value.FilesDone > _lastFiles)
            {
                _lastFiles = value.FilesDone;
                writer.WriteLine($"staged {value.FilesDone}/{value.FilesTotal}: {Path.GetFileName(value.Source)} (not yet committed)");
                writer.Flush();
            }

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
