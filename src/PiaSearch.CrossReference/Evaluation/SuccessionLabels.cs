namespace PiaSearch.CrossReference.Evaluation;

/// <summary>
/// Reads a labelled list of successions: tab-separated <c>line type kind before after [note]</c>, one per line,
/// <c>#</c> comments and blank lines ignored. Types and kinds are the English names (department, rename…).
/// </summary>
public static class SuccessionLabels
{
    public static IReadOnlyList<LabelledSuccession> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var labels = new List<LabelledSuccession>();
        var number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 5
                || !int.TryParse(cells[0], out var entryLine)
                || !EntityTypes.TryParse(cells[1], out var type)
                || !Enum.TryParse<Successions.SuccessionKind>(cells[2], ignoreCase: true, out var kind))
            {
                throw new FormatException($"Label line {number} is not 'line<TAB>type<TAB>kind<TAB>before<TAB>after[<TAB>note]': {line}");
            }

            labels.Add(new LabelledSuccession(entryLine, type, kind, cells[3].Trim(), cells[4].Trim(), cells.Length > 5 ? cells[5].Trim() : string.Empty));
        }

        return labels;
    }

    public static IReadOnlyList<LabelledSuccession> Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }
}
