using PiaSearch.CrossReference.Understanding;
using PiaSearch.Documents.Text;

namespace PiaSearch.Search.Expansion;

/// <summary>
/// Words that mean the same in the evaluation form's vocabulary, read from a file in Solr's synonyms format:
/// <c>電話番号, 電話, TEL</c> makes each of them find the others; <c>受託者 => 委託先</c> makes the left side find the
/// right side only; <c>#</c> starts a comment. Words are compared without width, case or white space. Immutable.
/// </summary>
public sealed class SynonymSet
{
    private readonly Dictionary<string, List<string>> _synonyms;

    private SynonymSet(Dictionary<string, List<string>> synonyms, IReadOnlyList<string> problems)
    {
        _synonyms = synonyms;
        Problems = problems;
    }

    /// <summary>No synonyms.</summary>
    public static SynonymSet Empty { get; } = new(new Dictionary<string, List<string>>(StringComparer.Ordinal), []);

    /// <summary>The lines that could not be read, with their numbers (the rest of the file is used).</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>How many words have synonyms.</summary>
    public int Count => _synonyms.Count;

    /// <summary>Reads the synonyms from text in Solr's format.</summary>
    public static SynonymSet Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var synonyms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var problems = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.Split('#', 2)[0].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var sides = text.Split("=>");
            if (sides.Length > 2)
            {
                problems.Add($"line {number}: more than one => / 「=>」が 2 つ以上あります");
                continue;
            }

            var left = Words(sides[0]);
            var right = sides.Length == 2 ? Words(sides[1]) : left;
            if (left.Count == 0 || right.Count == 0 || (sides.Length == 1 && left.Count < 2))
            {
                problems.Add($"line {number}: needs two or more words / 語が 2 つ以上必要です");
                continue;
            }

            foreach (var word in left)
            {
                var key = Key(word);
                if (!synonyms.TryGetValue(key, out var list))
                {
                    synonyms[key] = list = [];
                }

                list.AddRange(right.Where(r => Key(r) != key && !list.Contains(r, StringComparer.Ordinal)));
            }
        }

        return new SynonymSet(synonyms, problems);
    }

    /// <summary>The synonyms of one query word, as expansions of it.</summary>
    public IEnumerable<QueryExpansion> Of(string word) =>
        _synonyms.TryGetValue(Key(word), out var list) ? list.Select(s => new QueryExpansion(word, ExpansionKind.Synonym, s)) : [];

    private static List<string> Words(string side) =>
        side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.FoldWidths).ToList();

    private static string Key(string word) => TextKey.Folded(word);
}
