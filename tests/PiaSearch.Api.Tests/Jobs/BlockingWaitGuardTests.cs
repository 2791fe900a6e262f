using System.Text.RegularExpressions;

namespace PiaSearch.Api.Tests.Jobs;

/// <summary>
/// The guard that request paths never block is BannedApiAnalyzers (RS0030, a build error): these tests fail if it is
/// unplugged from the API or the Search library, if the lists stop naming the blocking calls, or if an exception to it
/// is made without saying why.
/// </summary>
public sealed partial class BlockingWaitGuardTests
{
    private static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "PiaSearch.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("PiaSearch.sln not found above " + AppContext.BaseDirectory);
        }
    }

    [Theory]
    [InlineData("src/PiaSearch.Api/PiaSearch.Api.csproj")]
    [InlineData("src/PiaSearch.Search/PiaSearch.Search.csproj")]
    public void Project_ThatServesRequests_RunsTheBannedApiAnalyzerWithTheBlockingWaitList(string project)
    {
        var text = File.ReadAllText(Path.Combine(Root, project));

        Assert.Contains("<PackageReference Include=\"Microsoft.CodeAnalysis.BannedApiAnalyzers\"", text, StringComparison.Ordinal);
        Assert.Contains("BannedSymbols.BlockingWaits.txt", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("M:System.Threading.Tasks.Task.Wait;")]
    [InlineData("M:System.Threading.Tasks.Task.Wait(System.Threading.CancellationToken);")]
    [InlineData("P:System.Threading.Tasks.Task`1.Result;")]
    [InlineData("M:System.Runtime.CompilerServices.TaskAwaiter.GetResult;")]
    [InlineData("M:System.Runtime.CompilerServices.TaskAwaiter`1.GetResult;")]
    [InlineData("M:System.Threading.SemaphoreSlim.Wait(System.Threading.CancellationToken);")]
    [InlineData("M:System.Threading.SemaphoreSlim.Wait(System.TimeSpan);")]
    public void BlockingWaitList_NamesTheBlockingCall(string entry) =>
        Assert.Contains(entry, File.ReadAllText(Path.Combine(Root, "src", "BannedSymbols.BlockingWaits.txt")), StringComparison.Ordinal);

    [Fact]
    public void ApiList_BansTheSynchronousWriterGateAndTheMaintenanceWork()
    {
        var text = File.ReadAllText(Path.Combine(Root, "src", "PiaSearch.Api", "BannedSymbols.txt"));

        Assert.Contains("M:PiaSearch.Search.Indexing.IndexStore.BeginBatch(System.Threading.CancellationToken);", text, StringComparison.Ordinal);
        Assert.Contains("M:PiaSearch.Search.Ingest.IndexMaintenance.RebuildFromStore(", text, StringComparison.Ordinal);
        Assert.Contains("M:PiaSearch.Search.Ingest.StoreBackup.Create(", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_ToTheRule_SaysWhy()
    {
        var unexplained = new[] { "PiaSearch.Api", "PiaSearch.Search" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Root, "src", project), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetRelativePath(Root, file), Line: i + 1, Text: line.Trim())))
            .Where(l => l.Text.StartsWith("#pragma warning disable", StringComparison.Ordinal) && l.Text.Contains("RS0030", StringComparison.Ordinal))
            .Where(l => !Reason().IsMatch(l.Text))
            .ToList();

        // A suppression with its reason on the same line, or a comment just above it (as AdminEndpoints has).
        var withoutComment = unexplained.Where(l =>
            File.ReadLines(Path.Combine(Root, l.File)).ElementAtOrDefault(l.Line - 2)?.Trim().StartsWith("//", StringComparison.Ordinal) != true).ToList();
        Assert.Empty(withoutComment);
    }

    [GeneratedRegex(@"RS0030\s*//\s*\S.{10,}")]
    private static partial Regex Reason();
}
