using PiaSearch.Morphology.Dictionary;

namespace PiaSearch.Morphology.UserDictionaries;

/// <summary>
/// Words to keep as the user says, in Kuromoji's CSV format: <c>surface,segmentation,readings,part of speech</c>,
/// e.g. <c>住基ネット,住基ネット,ジュウキネット,カスタム名詞</c> or <c>関西国際空港,関西 国際 空港,カンサイ コクサイ クウコウ,カスタム名詞</c>.
/// Where a user word starts, it wins over the system dictionary, as in Kuromoji. Immutable and thread-safe.
/// </summary>
public sealed class UserDictionary
{
    /// <summary>Kuromoji's cost for a user word: low enough to win over any path through system words.</summary>
    internal const int WordCost = -100000;

    internal UserDictionary(IReadOnlyList<UserWord> words)
    {
        Words = words;
        var order = Enumerable.Range(0, words.Count).ToList();
        Trie = words.Count == 0 ? null : DoubleArrayTrieBuilder.Build([.. order.Select(i => words[i].Surface)], order);
    }

    public IReadOnlyList<UserWord> Words { get; }

    internal DoubleArrayTrie? Trie { get; }

    /// <summary>Reads a user dictionary file (UTF-8).</summary>
    public static UserDictionary Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Parse(reader);
    }

    /// <summary>Parses the CSV; blank lines and lines starting with # are skipped.</summary>
    /// <exception cref="FormatException">A line is malformed; the message names the line.</exception>
    public static UserDictionary Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new List<UserWord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var word = ParseLine(trimmed, number);
            if (!seen.Add(word.Surface))
            {
                throw new FormatException($"User dictionary line {number}: {word.Surface} is defined twice.");
            }

            words.Add(word);
        }

        return new UserDictionary(words);
    }

    private static UserWord ParseLine(string line, int number)
    {
        var fields = CsvLine.Split(line);
        if (fields.Count < 4)
        {
            throw new FormatException($"User dictionary line {number}: expected surface,segmentation,readings,part of speech.");
        }

        var surface = fields[0].Trim();
        var segments = SplitWords(fields[1]);
        var readings = SplitWords(fields[2]);
        if (surface.Length == 0 || segments.Length == 0)
        {
            throw new FormatException($"User dictionary line {number}: the surface is empty.");
        }

        if (!string.Equals(string.Concat(segments), surface, StringComparison.Ordinal))
        {
            throw new FormatException($"User dictionary line {number}: the segmentation of {surface} does not spell it.");
        }

        if (readings.Length != segments.Length)
        {
            throw new FormatException($"User dictionary line {number}: {segments.Length} segments but {readings.Length} readings.");
        }

        var pos = PartOfSpeech.Parse(fields[3].Trim().Split('-', ','));
        return new UserWord(surface, segments, readings, pos);
    }

    private static string[] SplitWords(string field) =>
        field.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
