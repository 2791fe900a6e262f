using System.Diagnostics;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Querying;
using PiaSearch.Synthetic;

namespace PiaSearch.Cli.Tests.CrashSafety;

/// <summary>
/// Kills a real 'pia index' process with SIGKILL in the middle of an ingest and checks that the index opens
/// at its last commit, with every committed document whole and nothing of the interrupted batch.
/// </summary>
public sealed class SigkillDuringIngestTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pia-sigkill-").FullName;

    [Fact]
    public async Task Ingest_KilledBeforeItsCommit_LeavesTheLastCommitWhole()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Skip("SIGKILL is a POSIX signal.");
        }

        var index = Path.Combine(_root, "index");
        var generator = new SyntheticChangeLogGenerator();
        var committed = Path.Combine(_root, "committed");
        var committedLogs = generator.WriteCorpus(new SyntheticCorpusOptions(2, 150, Seed: 41), committed);
        Assert.Equal(0, (await RunPiaAsync("index", committed, "--index", index)).ExitCode);
        int committedRows;
        using (var before = IndexStore.OpenFolder(index, Morphology))
        {
            committedRows = before.Count;
        }

        // A batch that replaces one committed document and adds many more, large enough to report progress.
        var interrupted = Path.Combine(_root, "interrupted");
        generator.WriteCorpus(new SyntheticCorpusOptions(24, 1500, Seed: 42), interrupted);
        File.Copy(committedLogs[0], Path.Combine(interrupted, Path.GetFileName(committedLogs[0])));
        File.WriteAllText(Path.Combine(interrupted, Path.GetFileName(committedLogs[0])), generator.Generate(99, 0, 10).Content);

        var killedMidway = await KillWhenStagedAsync(index, interrupted, stagedFiles: 3);

        Assert.True(killedMidway, "the ingest finished before it could be killed");
        using var after = IndexStore.OpenFolder(index, Morphology);
        Assert.Equal(committedRows, after.Count);
        Assert.Equal(2, after.Catalog.Documents.Count);
        var search = new ChangeLogSearchService(after);
        Assert.Equal(
            committedLogs.Select(p => Path.GetFileNameWithoutExtension(p)).Order(),
            search.KnownValues("document").Order());
        foreach (var record in after.Catalog.Documents.Values)
        {
            Assert.Equal(150, record.Entries);
        }
    }

    /// <summary>What 'pia index' analyses with when no user dictionary is found (the test's working folder has none).</summary>
    private static readonly MorphologicalAnalyzer Morphology = new(MorphologyDictionary.LoadEmbedded());

    private static string PiaDll => Path.Combine(AppContext.BaseDirectory, "pia.dll");

    private static ProcessStartInfo PiaStart(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(PiaDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static async Task<(int ExitCode, string Output)> RunPiaAsync(params string[] args)
    {
        using var process = Process.Start(PiaStart(args))!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, output);
    }

    /// <summary>Starts 'pia index' and sends SIGKILL as soon as it reports <paramref name="stagedFiles"/> files staged but not committed.</summary>
    private static async Task<bool> KillWhenStagedAsync(string index, string corpus, int stagedFiles)
    {
        using var process = Process.Start(PiaStart("index", corpus, "--index", index))!;
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        while (await process.StandardError.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            if (line.StartsWith($"staged {stagedFiles}/", StringComparison.Ordinal))
            {
                process.Kill(); // on Linux and macOS, Process.Kill sends SIGKILL: no handler, no cleanup
                await process.WaitForExitAsync(TestContext.Current.CancellationToken);
                return process.ExitCode != 0;
            }
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return false;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
