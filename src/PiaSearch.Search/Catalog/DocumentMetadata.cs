using System.Text;

namespace PiaSearch.Search.Catalog;

/// <summary>What the person adding a change log can say about it.</summary>
public sealed record DocumentMetadata(string? Municipality = null, string? Evaluation = null)
{
    public static DocumentMetadata None { get; } = new();

    /// <summary>These values, with what is missing taken from the document's cover (評価実施機関名, 評価書名).</summary>
    public DocumentMetadata OrFromCover(PiaSearch.Documents.Readers.DocumentCover? cover) => cover is null
        ? this
        : new DocumentMetadata(CleanName(Municipality) ?? cover.Organisation, CleanName(Evaluation) ?? cover.Title);

    /// <summary>
    /// A name as the catalog keeps it, so that one town is one facet value however it was typed: NFKC (full-width
    /// letters and digits folded), trimmed, runs of white space made one, and no space between two Japanese
    /// characters (北　市 is 北市); null when nothing is left.
    /// </summary>
    public static string? CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var folded = name.Normalize(NormalizationForm.FormKC).Trim();
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            if (!char.IsWhiteSpace(folded[i]))
            {
                sb.Append(folded[i]);
                continue;
            }

            var end = i;
            while (end + 1 < folded.Length && char.IsWhiteSpace(folded[end + 1]))
            {
                end++;
            }

            var before = sb.Length > 0 ? sb[^1] : ' ';
            var after = end + 1 < folded.Length ? folded[end + 1] : ' ';
            if (before < 0x80 || after < 0x80)
            {
                sb.Append(' ');
            }

            i = end;
        }

        return sb.Length == 0 ? null : sb.ToString();
    }
}
