using System.Diagnostics;
using System.Text;
using Bogus;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Cli.Tests.Durability;

/// <summary>pia rebuild, backup, restore and check, and the one-writer rule between two processes.</summary>
public sealed class WriterCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pia-writer-").FullName;

    private string Index => Path.Combine(_root, "index");

    private static (int Exit, string Output, string Error) Pia(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PiaCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private (string Path, string Contractor) WriteLog(string name, int seed, int rows)
    {
        var faker = new Faker("ja") { Random = new Randomizer(seed) };
        var contractor = "株式会社" + faker.Random.String2(6, "アイウエオカキクケコサシスセソタチツテト");
        var text = new StringBuilder("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append($"令和{faker.Random.Int(2, 6)}年度\t(住民基本台帳ファイル) Ⅱ-4-委託事項{i}-⑥委託先名\t未定\t{contractor}\t事前\t\n");
        }

        var folder = Directory.CreateDirectory(Path.Combine(_root, "logs")).FullName;
        var path = Path.Combine(folder, name + ".tsv");
        File.WriteAllText(path, text.ToString());
        return (path, contractor);
    }

    private static int Hits(string index, string query)
    {
        var (exit, output, error) = Pia("search", query, "--json", "--index", index, "--user-dictionary", string.Empty);
        Assert.True(exit == 0, error);
        return System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public void Index_StoresTheFileBesideTheIndex_AndRebuildKeepsItAfterTheSourceIsGone()
    {
        var (log, contractor) = WriteLog("city", seed: 1, rows: 3);
        Assert.Equal(0, Pia("index", log, "--index", Index, "--user-dictionary", string.Empty).Exit);
        File.Delete(log);

        var (exit, output, _) = Pia("rebuild", "--index", Index, "--user-dictionary", string.Empty, "--corpus", Path.Combine(_root, "no-corpus"));

        Assert.Equal(0, exit);
        Assert.Contains("1 documents, 3 entries", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_root, "documents", "meta")));
        Assert.Equal(3, Hits(Index, contractor));
    }

    [Fact]
    public void Index_FileNameThatIsNotAValidId_IsIndexedAndItsRowsSurviveARebuild()
    {
        var (log, contractor) = WriteLog("my log (1)", seed: 8, rows: 2);

        var (exit, _, _) = Pia("index", log, "--index", Index, "--user-dictionary", string.Empty);
        var (rebuildExit, _, _) = Pia("rebuild", "--index", Index, "--user-dictionary", string.Empty, "--corpus", Path.Combine(_root, "no-corpus"));

        Assert.Equal(0, exit);
        Assert.Equal(0, rebuildExit);
        Assert.Equal(2, Hits(Index, contractor));
    }

    [Fact]
    public void BackupThenRestore_IntoAFreshFolder_AnswersTheSame()
    {
        var (first, one) = WriteLog("one", seed: 2, rows: 2);
        var (second, two) = WriteLog("two", seed: 3, rows: 4);
        Assert.Equal(0, Pia("index", first, second, "--index", Index, "--user-dictionary", string.Empty).Exit);
        var backup = Path.Combine(_root, "backup");

        var (backupExit, backupOutput, _) = Pia("backup", backup, "--index", Index, "--user-dictionary", string.Empty);
        var fresh = Path.Combine(_root, "fresh", "index");
        var (restoreExit, restoreOutput, _) = Pia("restore", backup, "--index", fresh);

        Assert.Equal(0, backupExit);
        Assert.Contains("2 documents, 6 rows", backupOutput, StringComparison.Ordinal);
        Assert.Equal(0, restoreExit);
        Assert.Contains("2 documents", restoreOutput, StringComparison.Ordinal);
        Assert.Equal(Hits(Index, one), Hits(fresh, one));
        Assert.Equal(4, Hits(fresh, two));
        var (checkExit, checkOutput, _) = Pia("check", "--index", fresh, "--user-dictionary", string.Empty);
        Assert.True(checkExit == 0, checkOutput);
        Assert.Contains("committed=2 committed_whole=2 stored=2 stored_whole=2 stored_indexed=2 rows=6", checkOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_DamagedIndex_SaysSoAndRebuildCuresIt()
    {
        var (log, contractor) = WriteLog("city", seed: 4, rows: 2);
        Assert.Equal(0, Pia("index", log, "--index", Index, "--user-dictionary", string.Empty).Exit);
        var active = Path.Combine(Index, File.ReadAllText(Path.Combine(Index, "current")).Trim());
        foreach (var segments in Directory.GetFiles(active, "segments_*"))
        {
            File.Delete(segments);
        }

        File.WriteAllText(Path.Combine(active, "segments_7"), "garbage");

        var (searchExit, _, searchError) = Pia("search", contractor, "--index", Index, "--user-dictionary", string.Empty);
        var (rebuildExit, _, _) = Pia("rebuild", "--index", Index, "--user-dictionary", string.Empty, "--corpus", Path.Combine(_root, "no-corpus"));

        Assert.Equal(3, searchExit);
        Assert.Contains("pia rebuild", searchError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", searchError, StringComparison.Ordinal);
        Assert.Equal(0, rebuildExit);
        Assert.Equal(2, Hits(Index, contractor));
    }

    [Fact]
    public void Search_WhileAnotherWriterHoldsTheIndex_ReadsTheLastCommit()
    {
        var (log, contractor) = WriteLog("city", seed: 8, rows: 2);
        Assert.Equal(0, Pia("index", log, "--index", Index, "--user-dictionary", string.Empty).Exit);
        using var holder = IndexStore.OpenFolder(Index, new MorphologicalAnalyzer(MorphologyDictionary.LoadEmbedded()));

        var (exit, output, error) = Pia("search", contractor, "--index", Index, "--user-dictionary", string.Empty);

        Assert.True(exit == 0, error);
        Assert.Contains(contractor, output, StringComparison.Ordinal);
        Assert.Equal(2, holder.Count);
    }

    [Fact]
    public void Search_IndexWithoutItsSegmentsFile_SaysItIsDamagedNotZeroHits()
    {
        var (log, contractor) = WriteLog("city", seed: 9, rows: 2);
        Assert.Equal(0, Pia("index", log, "--index", Index, "--user-dictionary", string.Empty).Exit);
        var active = Path.Combine(Index, File.ReadAllText(Path.Combine(Index, "current")).Trim());
        foreach (var segments in Directory.GetFiles(active, "segments_*"))
        {
            File.Delete(segments);
        }

        var (exit, _, error) = Pia("search", contractor, "--index", Index, "--user-dictionary", string.Empty);

        Assert.Equal(3, exit);
        Assert.Contains("pia rebuild", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_WhileTheIndexIsOpen_IsRefused()
    {
        var (log, _) = WriteLog("city", seed: 5, rows: 1);
        Assert.Equal(0, Pia("index", log, "--index", Index, "--user-dictionary", string.Empty).Exit);
        var backup = Path.Combine(_root, "backup");
        Assert.Equal(0, Pia("backup", backup, "--index", Index, "--user-dictionary", string.Empty).Exit);
        using var holder = IndexStore.OpenFolder(Index, new MorphologicalAnalyzer(MorphologyDictionary.LoadEmbedded()));

        var (exit, _, error) = Pia("restore", backup, "--index", Index);

        Assert.Equal(3, exit);
        Assert.Contains("locked", error, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Index_InAnotherProcessWhileThisOneWrites_IsRefusedAndChangesNothing()
    {
        var (log, contractor) = WriteLog("city", seed: 6, rows: 3);
        Assert.Equal(0, Pia("index", log, "--index", Index, "--user-dictionary", string.Empty).Exit);
        var (other, _) = WriteLog("other", seed: 7, rows: 5);
        var filesBefore = Directory.GetFiles(Index, "*", SearchOption.AllDirectories).Order().ToList();

        int exit;
        string error;
        using (var holder = IndexStore.OpenFolder(Index, new MorphologicalAnalyzer(MorphologyDictionary.LoadEmbedded())))
        {
            (exit, error) = await RunPiaProcessAsync("index", other, "--index", Index, "--user-dictionary", string.Empty);
            Assert.Equal(3, holder.Count); // the holder's index is untouched and still readable
        }

        Assert.Equal(3, exit);
        Assert.Contains("locked by another process", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(filesBefore, Directory.GetFiles(Index, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Equal(3, Hits(Index, contractor));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Backup_FromAnotherProcessWhileTheIndexIsHeld_CopiesTheLatestCommit()
    {
        var (first, one) = WriteLog("one", seed: 9, rows: 2);
        var (second, two) = WriteLog("two", seed: 10, rows: 3);
        Assert.Equal(0, Pia("index", first, second, "--index", Index, "--user-dictionary", string.Empty).Exit);
        var backup = Path.Combine(_root, "backup");

        int exit;
        using (IndexStore.OpenFolder(Index, new MorphologicalAnalyzer(MorphologyDictionary.LoadEmbedded())))
        {
            (exit, _) = await RunPiaProcessAsync("backup", backup, "--index", Index, "--user-dictionary", string.Empty);
        }

        var fresh = Path.Combine(_root, "fresh", "index");
        Assert.Equal(0, exit);
        Assert.Equal(0, Pia("restore", backup, "--index", fresh).Exit);
        Assert.Equal(2, Hits(fresh, one));
        Assert.Equal(3, Hits(fresh, two));
        Assert.Equal(0, Pia("check", "--index", fresh, "--user-dictionary", string.Empty).Exit);
    }

    private static async Task<(int Exit, string Error)> RunPiaProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pia.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await output;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, error);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
