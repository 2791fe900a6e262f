using Bogus;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Tests.ChangeLogs;

/// <summary>
/// The default corpus with random damage (seeded, reproducible): the parser never throws and accounts for
/// every content line — each one becomes an entry or a rejection with its number and reason.
/// </summary>
public sealed class CorruptedCorpusTests
{
    private static readonly string[] Damage = ["drop-tab", "extra-cell", "bad-date", "broken-html", "truncate", "garbage", "hostile-html", "join-lines"];

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2024)]
    [InlineData(31337)]
    public void Parse_CorruptedCorpus_AccountsForEveryContentLine(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var lines = File.ReadAllLines(DefaultCorpus.Path).ToList();
        var damaged = new Dictionary<int, string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsDataLine(lines[i]) || !faker.Random.Bool(0.3f))
            {
                continue;
            }

            var kind = faker.PickRandom(Damage);
            lines[i] = Corrupt(lines[i], kind, faker);
            damaged[i + 1] = kind;
        }

        var result = new ChangeLogParser().Parse(string.Join("\n", lines), "damaged");

        var contentLines = Enumerable.Range(1, lines.Count)
            .Where(n => !string.IsNullOrWhiteSpace(lines[n - 1]) && !lines[n - 1].StartsWith("変更日\t", StringComparison.Ordinal) && !lines[n - 1].StartsWith('#'))
            .ToHashSet();
        var accounted = result.Entries.Select(e => e.Line).Concat(result.Rejected.Select(r => r.Line)).ToList();
        Assert.Equal(accounted.Count, accounted.Distinct().Count());
        Assert.Equal(contentLines.OrderBy(n => n), accounted.Order());
        Assert.Equal(result.Lines.Content, result.Entries.Count + result.Rejected.Count);
        Assert.All(result.Rejected, r =>
        {
            Assert.True(damaged.ContainsKey(r.Line), $"undamaged line {r.Line} was rejected: {r.Reason}");
            Assert.False(string.IsNullOrWhiteSpace(r.Reason));
        });
        Assert.NotEmpty(damaged);
    }

    private static bool IsDataLine(string line) =>
        !string.IsNullOrWhiteSpace(line) && !line.StartsWith("変更日\t", StringComparison.Ordinal) && !line.StartsWith('#');

    private static string Corrupt(string line, string kind, Faker faker)
    {
        var cells = line.Split('\t').ToList();
        switch (kind)
        {
            case "drop-tab":
                var at = faker.Random.Int(1, cells.Count - 1);
                cells[at - 1] += cells[at];
                cells.RemoveAt(at);
                break;
            case "extra-cell":
                cells.Add(faker.Lorem.Word());
                break;
            case "bad-date":
                cells[0] = faker.PickRandom("令和13月", "平成二十七年", "?", string.Empty, "令和2年2月30日", faker.Random.Utf16String(1, 5));
                break;
            case "broken-html":
                cells[2] = "<ul><li>" + cells[2] + "</b><p";
                break;
            case "truncate":
                return line[..faker.Random.Int(0, Math.Max(0, line.Length - 1))];
            case "garbage":
                return faker.Random.Utf16String(1, 200).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);
            case "hostile-html":
                cells[3] = "<script>alert(1)</script><img src=x onerror=alert(2)>" + cells[3];
                break;
            case "join-lines":
                return line + "\t" + line;
        }

        return string.Join('\t', cells);
    }
}
