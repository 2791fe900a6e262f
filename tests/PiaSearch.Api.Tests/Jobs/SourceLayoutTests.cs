namespace PiaSearch.Api.Tests.Jobs;

/// <summary>
/// Keeps the house line length: no C# line under src or tests (build output aside) is longer than
/// <see cref="MaxLineLength"/> characters, the <c>max_line_length</c> that .editorconfig states for *.cs. Editors only
/// show that setting; this test is what enforces it.
/// </summary>
public sealed class SourceLayoutTests
{
    private const int MaxLineLength = 200;

    [Fact]
    public void EveryCSharpLine_UnderSrcAndTests_FitsTheLineLength()
    {
        var root = RepositoryRoot();
        var tooLong = new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(file => !IsBuildOutput(file))
            .Order(StringComparer.Ordinal)
            .SelectMany(file => LongLines(file, File.ReadAllText(Path.Combine(root, file)), MaxLineLength))
            .ToList();

        Assert.True(
            tooLong.Count == 0,
            $"{tooLong.Count} line(s) longer than {MaxLineLength} characters (wrap them):\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void LongLines_ListsEveryLineOverTheLimit_WithItsNumberAndLength()
    {
        var text = "short\r\n" + new string('x', 201) + "\n" + new string('y', 200) + "\n\n" + "  " + new string('z', 250);

        Assert.Equal(
            ["a/B.cs:2 (201 characters)", "a/B.cs:5 (252 characters)"],
            LongLines("a/B.cs", text, MaxLineLength));
    }

    [Fact]
    public void LongLines_CountsCharactersNotBytes_AndKeepsLinesAtTheLimit()
    {
        // 200 Japanese characters are 600 bytes in UTF-8 and still one line at the limit; a surrogate pair is one character.
        var atLimit = new string('変', 199) + "\U00020BB7";

        Assert.Empty(LongLines("a/B.cs", atLimit + "\n" + new string('更', 200), MaxLineLength));
        Assert.Equal(["a/B.cs:1 (201 characters)"], LongLines("a/B.cs", atLimit + "x", MaxLineLength));
    }

    [Theory]
    [InlineData("src/PiaSearch.Api/obj/Debug/net10.0/Generated.cs", true)]
    [InlineData("tests/PiaSearch.Api.Tests/bin/Release/Generated.cs", true)]
    [InlineData("src/PiaSearch.Api/Endpoints/SearchEndpoints.cs", false)]
    [InlineData("src/PiaSearch.Api/objects/binary.cs", false)]
    public void BuildOutput_IsTheObjAndBinFoldersOnly(string file, bool skipped) => Assert.Equal(skipped, IsBuildOutput(file));

    private static bool IsBuildOutput(string relativeFile) =>
        relativeFile.Split('/').SkipLast(1).Any(folder => folder is "obj" or "bin");

    private static List<string> LongLines(string file, string text, int maxLength)
    {
        var lines = text.Split('\n');
        var found = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var length = lines[i].TrimEnd('\r').EnumerateRunes().Count();
            if (length > maxLength)
            {
                found.Add($"{file}:{i + 1} ({length} characters)");
            }
        }

        return found;
    }

    private static string RepositoryRoot()
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
