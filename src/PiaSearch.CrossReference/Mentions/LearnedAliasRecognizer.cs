using System.Text;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// Finds the abbreviations a log defined (住基ネット, 市町村CS) wherever the same log uses them, also when PDF
/// extraction broke them (市町村C S., 市町村C.S.). Statutes are left to their recogniser, which reads provisions.
/// </summary>
internal sealed class LearnedAliasRecognizer(LearnedAliases aliases) : IMentionRecognizer
{
    public IEnumerable<Mention> Recognize(RecognitionContext context)
    {
        var candidates = aliases.For(context.Site.DocumentId).Where(a => a.Type != EntityType.Statute).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var (squeezed, map) = Squeeze(context.T);
        var definitions = AbbreviationFinder.Spans(context.T).ToList();
        var found = new List<Mention>();
        foreach (var alias in candidates)
        {
            var needle = Squeeze(alias.Alias.Normalize(NormalizationForm.FormKC)).Text;
            for (var at = squeezed.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = squeezed.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var start = map[at];
                var end = map[at + needle.Length - 1] + 1;
                if (definitions.Any(d => start >= d.Start && start < d.End))
                {
                    continue;
                }

                found.Add(context.Create(alias.Type, start, end - start, alias.Alias, alias.AliasKey) with { FromDefinition = true });
            }
        }

        return found;
    }

    /// <summary>The text without spaces and dots (which PDF extraction scatters inside Latin abbreviations), with a map back.</summary>
    private static (string Text, List<int> Map) Squeeze(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ' ' or '.' or '\u3000')
            {
                continue;
            }

            sb.Append(text[i]);
            map.Add(i);
        }

        return (sb.ToString(), map);
    }
}
