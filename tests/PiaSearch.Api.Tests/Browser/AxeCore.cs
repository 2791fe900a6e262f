using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace PiaSearch.Api.Tests.Browser;

/// <summary>
/// axe-core (the accessibility checker, MPL-2.0), fetched from the npm registry at test time and kept in the temp
/// folder between runs: nothing of it is committed. PIA_AXE_JS may name an axe.min.js to use instead (offline).
/// </summary>
internal static class AxeCore
{
    public const string Version = "4.14.1";

    private static readonly Lazy<(string? Script, string? Missing)> Loaded = new(Load);

    /// <summary>The script's text, or null (see <see cref="MissingReason"/>).</summary>
    public static string? Script => Loaded.Value.Script;

    public static string? MissingReason => Loaded.Value.Missing;

    private static (string?, string?) Load()
    {
        if (Environment.GetEnvironmentVariable("PIA_AXE_JS") is { Length: > 0 } given)
        {
            return File.Exists(given) ? (File.ReadAllText(given), null) : (null, $"PIA_AXE_JS names {given}, which does not exist.");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"pia-axe-core-{Version}");
        var script = Path.Combine(folder, "axe.min.js");
        if (File.Exists(script))
        {
            return (File.ReadAllText(script), null);
        }

        try
        {
            Directory.CreateDirectory(folder);
            var start = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            foreach (var arg in new[] { "pack", $"axe-core@{Version}", "--pack-destination", folder, "--silent" })
            {
                start.ArgumentList.Add(arg);
            }

            using var npm = Process.Start(start)!;
            var error = npm.StandardError.ReadToEndAsync();
            _ = npm.StandardOutput.ReadToEndAsync();
            if (!npm.WaitForExit(TimeSpan.FromMinutes(2)) || npm.ExitCode != 0)
            {
                return (null, Missing($"npm pack exited with {(npm.HasExited ? npm.ExitCode : "a timeout")}: {error.Result.Trim()}"));
            }

            var tarball = Path.Combine(folder, $"axe-core-{Version}.tgz");
            using (var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress))
            using (var tar = new TarReader(gzip))
            {
                while (tar.GetNextEntry() is { } entry)
                {
                    if (entry.Name is "package/axe.min.js" or "package/LICENSE")
                    {
                        entry.ExtractToFile(Path.Combine(folder, Path.GetFileName(entry.Name) + ".part"), overwrite: true);
                    }
                }
            }

            File.Move(Path.Combine(folder, "LICENSE.part"), Path.Combine(folder, "LICENSE"), overwrite: true);
            File.Move(script + ".part", script, overwrite: true);
            return (File.ReadAllText(script), null);
        }
        catch (Exception ex) when (ex is IOException or System.ComponentModel.Win32Exception or InvalidDataException or UnauthorizedAccessException)
        {
            return (null, Missing(ex.Message));
        }
    }

    private static string Missing(string why) =>
        $"The accessibility tests need axe-core {Version} from the npm registry (npm pack axe-core@{Version}), which could not be fetched: {why}. " +
        "Install npm and allow it to reach the registry, or set PIA_AXE_JS to a copy of axe.min.js.";
}
