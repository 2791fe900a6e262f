using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// The abbreviations each change log defines (以下「住基ネット」という). They are learned from the log, never
/// listed in code, and recognised everywhere else in the same log.
/// </summary>
public sealed class LearnedAliases
{
    private readonly Dictionary<string, List<LearnedAlias>> _byDocument = new(StringComparer.Ordinal);

    public IReadOnlyList<LearnedAlias> All => _byDocument.Values.SelectMany(a => a).ToList();

    /// <summary>Collects the definitions among <paramref name="mentions"/>.</summary>
    public static LearnedAliases From(IEnumerable<Mention> mentions)
    {
        var aliases = new LearnedAliases();
        foreach (var mention in mentions)
        {
            if (mention.Defines is { Length: > 1 } alias && mention.Key.Length > 0)
            {
                aliases.Add(new LearnedAlias(mention.Site.DocumentId, mention.Type, alias, NameKeys.Of(alias), mention.Key));
            }
        }

        return aliases;
    }

    public IReadOnlyList<LearnedAlias> For(string documentId) =>
        _byDocument.TryGetValue(documentId, out var list) ? list : [];

    private void Add(LearnedAlias alias)
    {
        if (!_byDocument.TryGetValue(alias.DocumentId, out var list))
        {
            list = [];
            _byDocument[alias.DocumentId] = list;
        }

        if (!list.Any(a => a.AliasKey == alias.AliasKey && a.Type == alias.Type))
        {
            list.Add(alias);
        }
    }
}
