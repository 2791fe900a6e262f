using System.Globalization;
using System.Text;
using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.Build;

/// <summary>Reads IPADIC's source files: *.csv, matrix.def, char.def and unk.def.</summary>
internal static class IpadicSource
{
    public const string Description = "mecab-ipadic 2.7.0-20070801";

    static IpadicSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static MorphologyDictionary Compile(string directory)
    {
        var encoding = EucJp.Encoding;
        var characters = ReadCharacterDefinition(Path.Combine(directory, "char.def"), encoding);
        var connections = ReadMatrix(Path.Combine(directory, "matrix.def"));
        var words = new List<DictionaryEntry>();

        // MeCab reads the CSV files in name order and sorts entries stably by surface.
        foreach (var csv in Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            words.AddRange(ReadEntries(csv, encoding, unknown: false));
        }

        var unknown = ReadEntries(Path.Combine(directory, "unk.def"), encoding, unknown: true).ToList();
        return MorphologyDictionary.Create(Description, characters, connections, words, unknown);
    }

    public static IEnumerable<DictionaryEntry> ReadEntries(string path, Encoding encoding, bool unknown)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path, encoding))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split(',');
            if (f.Length < (unknown ? 10 : 13))
            {
                throw new InvalidDataException($"{path}:{number}: expected {(unknown ? 10 : 13)} fields, got {f.Length}.");
            }

            string? Field(int i) => i < f.Length && f[i] != "*" && f[i].Length > 0 ? f[i] : null;
            yield return new DictionaryEntry(
                f[0],
                int.Parse(f[1], CultureInfo.InvariantCulture),
                int.Parse(f[2], CultureInfo.InvariantCulture),
                int.Parse(f[3], CultureInfo.InvariantCulture),
                PartOfSpeech.Parse(f[4..10]),
                Field(10),
                Field(11),
                Field(12));
        }
    }

    public static ConnectionCosts ReadMatrix(string path)
    {
        using var reader = new StreamReader(path, Encoding.ASCII);
        var header = Words(reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty."));
        var leftSize = int.Parse(header[0], CultureInfo.InvariantCulture);
        var rightSize = int.Parse(header[1], CultureInfo.InvariantCulture);
        var costs = new short[leftSize * rightSize];
        while (reader.ReadLine() is { } line)
        {
            var w = Words(line);
            if (w.Length < 3)
            {
                continue;
            }

            var left = int.Parse(w[0], CultureInfo.InvariantCulture);
            var right = int.Parse(w[1], CultureInfo.InvariantCulture);
            costs[left + leftSize * right] = short.Parse(w[2], CultureInfo.InvariantCulture);
        }

        return new ConnectionCosts(leftSize, rightSize, costs);
    }

    public static CharacterDefinition ReadCharacterDefinition(string path, Encoding encoding)
    {
        var categories = new List<CharacterCategory>();
        var ranges = new List<(int Low, int High, List<string> Names)>();
        foreach (var raw in File.ReadLines(path, encoding))
        {
            if (raw.Length == 0 || raw[0] == '#')
            {
                continue;
            }

            var w = Words(raw);
            if (w.Length < 2)
            {
                continue;
            }

            if (w[0].StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                var bounds = w[0].Split("..");
                var low = Convert.ToInt32(bounds[0], 16);
                var high = Convert.ToInt32(bounds[^1], 16);
                ranges.Add((low, high, [.. w.Skip(1).TakeWhile(x => !x.StartsWith('#'))]));
            }
            else
            {
                categories.Add(new CharacterCategory(
                    w[0],
                    w[1] != "0",
                    w[2] != "0",
                    int.Parse(w[3], CultureInfo.InvariantCulture)));
            }
        }

        var index = categories.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        return new CharacterDefinition(categories, [.. ranges.Select(r => new CharacterRange(r.Low, r.High, [.. r.Names.Select(n => index[n])]))]);
    }

    private static string[] Words(string line) => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
