using System.Globalization;

namespace PiaSearch.CrossReference.Evaluation;

/// <summary>
/// Reads a question set: tab-separated <c>id log municipality question facts evidence [note]</c>, one question a line,
/// <c>#</c> comments, blank lines and a header line starting with <c>id</c> ignored.
/// <list type="bullet">
/// <item><c>facts</c>: key facts separated by <c>;</c>, each with alternatives separated by <c>|</c>
/// (<c>令和3年4月1日|2021-04-01;情報政策課</c>).</item>
/// <item><c>evidence</c>: rows separated by <c>,</c> or spaces, each <c>log:line</c> or a bare line of <c>log</c>.</item>
/// <item><c>municipality</c>: the <c>municipality=</c> parameter to ask with, or empty.</item>
/// </list>
/// A malformed line is a <see cref="FormatException"/> naming its line, in Japanese and English.
/// </summary>
public static class QuestionSet
{
    private static readonly char[] RowSeparators = [',', ' ', '、', '\u3000'];

    public static IReadOnlyList<QuestionCase> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var cases = new List<QuestionCase>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Trim().Length == 0 || line.StartsWith('#') || line.StartsWith("id\t", StringComparison.Ordinal))
            {
                continue;
            }

            var question = ParseLine(line, number);
            if (!ids.TryAdd(question.Id, number))
            {
                throw Error(number, $"id '{question.Id}' は {ids[question.Id]} 行目と重複しています", $"id '{question.Id}' repeats line {ids[question.Id]}");
            }

            cases.Add(question);
        }

        return cases;
    }

    public static IReadOnlyList<QuestionCase> Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    private static QuestionCase ParseLine(string line, int number)
    {
        var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
        if (cells.Length < 6)
        {
            throw Error(number, $"列が {cells.Length} 個しかありません (id, log, municipality, question, facts, evidence の 6 列が必要)",
                $"has {cells.Length} columns; id, log, municipality, question, facts and evidence are needed");
        }

        var (id, log, municipality, question) = (cells[0], cells[1], cells[2], cells[3]);
        if (id.Length == 0 || log.Length == 0 || question.Length == 0)
        {
            throw Error(number, "id・log・question は空にできません", "id, log and question must not be empty");
        }

        var facts = cells[4].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => (IReadOnlyList<string>)f.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Count > 0)
            .ToList();
        if (facts.Count == 0)
        {
            throw Error(number, "答えに含まれるべき事実 (facts) がありません", "no key facts");
        }

        var evidence = cells[5].Split(RowSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(r => Row(r, log, number))
            .ToList();
        if (evidence.Count == 0)
        {
            throw Error(number, "根拠の行 (evidence) がありません", "no evidence rows");
        }

        return new QuestionCase(number, id, log, municipality.Length == 0 ? null : municipality, question, facts, evidence);
    }

    private static ExpectedRow Row(string text, string log, int number)
    {
        var colon = text.LastIndexOf(':');
        var document = colon < 0 ? log : text[..colon];
        var lineText = colon < 0 ? text : text[(colon + 1)..];
        if (document.Length == 0 || !int.TryParse(lineText, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
        {
            throw Error(number, $"根拠の行 '{text}' は 'log:行番号' か '行番号' ではありません", $"evidence row '{text}' is not 'log:line' or 'line'");
        }

        return new ExpectedRow(document, row);
    }

    private static FormatException Error(int line, string japanese, string english) =>
        new($"質問ファイルの {line} 行目: {japanese}。 / Questions file line {line}: {english}.");
}
