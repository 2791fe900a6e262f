using System.Diagnostics;

namespace PiaSearch.Cli.Tests.Generation;

/// <summary>
/// 'pia generate' with a seed writes the same files in every process: benchmarks and bug reports name a corpus by
/// its seed. (Within one process any seeding looks reproducible; only two processes show a per-process hash seed.)
/// </summary>
public sealed class GenerateReproducibilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pia-generate-").FullName;

    [Fact]
    public async Task Generate_SameSeedInTwoProcesses_WritesTheSameBytes()
    {
        var first = Path.Combine(_folder, "first");
        var second = Path.Combine(_folder, "second");
        var other = Path.Combine(_folder, "other");

        Assert.Equal(0, await GenerateAsync(first, seed: 7));
        Assert.Equal(0, await GenerateAsync(second, seed: 7));
        Assert.Equal(0, await GenerateAsync(other, seed: 8));

        var names = Directory.GetFiles(first).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(7, names.Count); // three logs, each with its metadata file, and the corpus's company registry
        Assert.Contains(".contractors-truth.tsv", names);
        Assert.Equal(names, Directory.GetFiles(second).Select(Path.GetFileName).Order());
        foreach (var name in names)
        {
            Assert.Equal(
                await File.ReadAllBytesAsync(Path.Combine(first, name!), TestContext.Current.CancellationToken),
                await File.ReadAllBytesAsync(Path.Combine(second, name!), TestContext.Current.CancellationToken));
        }

        var firstLog = Directory.GetFiles(first, "*.tsv").Order().First();
        var otherLog = Directory.GetFiles(other, "*.tsv").Order().First();
        Assert.NotEqual(await File.ReadAllTextAsync(firstLog, TestContext.Current.CancellationToken), await File.ReadAllTextAsync(otherLog, TestContext.Current.CancellationToken));
    }

    private static async Task<int> GenerateAsync(string folder, int seed)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "pia.dll"), "generate", "--municipalities", "3", "--rows", "40",
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await Task.WhenAll(output, error);
        return process.ExitCode;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
