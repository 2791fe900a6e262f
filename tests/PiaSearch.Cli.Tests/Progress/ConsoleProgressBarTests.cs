using System.Text;
using PiaSearch.Search.Ingest;

namespace PiaSearch.Cli.Tests.Progress;

/// <summary>The progress bar is written from every core at once during an ingest: writes never overlap and never go back.</summary>
public sealed class ConsoleProgressBarTests
{
    /// <summary>Records what is written, and whether two writes were ever in progress at once.</summary>
    private sealed class OverlapDetectingWriter : TextWriter
    {
        private readonly StringBuilder _text = new();
        private int _inside;

        public bool Overlapped { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (Interlocked.Increment(ref _inside) > 1)
            {
                Overlapped = true;
            }

            Thread.SpinWait(2_000); // widen the window in which another thread could come in
            lock (_text)
            {
                _text.Append(value);
            }

            Interlocked.Decrement(ref _inside);
        }

        public override void WriteLine(string? value) => Write(value + "\n");
    }

    private static void ReportFromEveryCore(IProgress<IngestProgress> progress, int files)
    {
        var done = 0;
        Parallel.For(0, files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i =>
        {
            var n = Interlocked.Increment(ref done);
            progress.Report(new IngestProgress($"/logs/file-{i}.tsv", n * 10L, files * 10L, n, files));
        });
    }

    [Fact]
    public void Report_FromManyThreadsToALog_WritesWholeLinesInIncreasingOrder()
    {
        using var writer = new OverlapDetectingWriter();
        var bar = new ConsoleProgressBar(writer, enabled: true, interactive: false);

        ReportFromEveryCore(bar, files: 400);

        Assert.False(writer.Overlapped);
        var lines = writer.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Matches(@"^staged \d+/400: file-\d+\.tsv \(not yet committed\)$", line));
        var counts = lines.Select(line => int.Parse(line.Split(' ', '/')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.Order(), counts);
        Assert.Equal(counts.Count, counts.Distinct().Count());
        Assert.Equal(400, counts[^1]);
    }

    [Fact]
    public void Report_FromManyThreadsToATerminal_NeverMovesTheBarBackAndEndsAtAHundred()
    {
        using var writer = new OverlapDetectingWriter();
        var bar = new ConsoleProgressBar(writer, enabled: true, interactive: true);

        ReportFromEveryCore(bar, files: 400);

        Assert.False(writer.Overlapped);
        var percents = writer.Text.Split('\r', StringSplitOptions.RemoveEmptyEntries)
            .Select(frame => int.Parse(frame[(Width + 2)..(Width + 6)].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(percents.Order(), percents);
        Assert.Equal(100, percents[^1]);
        Assert.EndsWith("\n", writer.Text, StringComparison.Ordinal);
    }

    private const int Width = 30;
}
