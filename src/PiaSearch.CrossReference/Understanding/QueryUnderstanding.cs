using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Questions;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Text;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Understanding;

/// <summary>
/// What the cross-reference model knows about a word someone searched for: the entity it names (exactly, after
/// normalising width, spaces, legal form and OCR confusions; or, for four characters or more, within a few edits),
/// and so the other spellings, abbreviations and names over time of that entity, and a cited provision under its
/// other number. Built once per model (O(M) over its mentions, to know which spellings are defined abbreviations);
/// a word costs a dictionary read, and for an unknown word of four characters or more one bounded fuzzy lookup
/// (<see cref="SubstringIndex{T}.Similar"/>); then at most <see cref="MaxNamedEntities"/> entities, each read once per
/// model (<see cref="EntityFacts"/>) and then through at most <see cref="MaxAliasesRead"/> spellings. At most
/// <see cref="MaxPerWord"/> expansions are returned.
/// </summary>
public sealed class QueryUnderstanding
{
    /// <summary>At most this many expansions per word, the most used spellings first.</summary>
    public const int MaxPerWord = 24;

    /// <summary>A word that names many entities (one department name in many municipalities) is expanded for at most this many.</summary>
    private const int MaxNamedEntities = 8;

    /// <summary>A word close to several names is fuzzy-expanded to at most this many entities.</summary>
    private const int MaxFuzzyEntities = 2;

    /// <summary>At most this many of an entity's spellings (the most used) are read for one word.</summary>
    private const int MaxAliasesRead = 4 * MaxPerWord;

    private readonly CrossReferenceModel _model;
    private readonly HashSet<(string EntityId, string Key)> _abbreviations = [];

    /// <summary>Per entity, built on first use (the model does not change): its spellings by use, its names by key, its documents.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EntityFacts> _facts = new(StringComparer.Ordinal);

    /// <param name="model">The model of the rows searched.</param>
    /// <param name="spotter">Its name spotter, shared with the question answerer; built here when null.</param>
    public QueryUnderstanding(CrossReferenceModel model, NameSpotter? spotter = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        Spotter = spotter ?? new NameSpotter(model);
        foreach (var row in model.Rows)
        {
            foreach (var mention in row.All)
            {
                if (mention.FromDefinition && model.EntityIdOf(mention) is { } id)
                {
                    _abbreviations.Add((id, EntityFinder.Key(mention.Surface)));
                }
            }
        }
    }

    /// <summary>The names of the model's entities, for finding them in a text.</summary>
    public NameSpotter Spotter { get; }

    /// <summary>
    /// The other ways of writing <paramref name="word"/> the model knows, or none when it names nothing.
    /// </summary>
    /// <param name="word">One word of a query, normalised.</param>
    /// <param name="organisation">When the search is limited to one municipality, only its entities are read.</param>
    public IReadOnlyList<QueryExpansion> Expand(string word, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = EntityFinder.Key(word);
        if (key.Length < 2)
        {
            return [];
        }

        var found = new List<QueryExpansion>();
        // A name many municipalities use (情報課) names one entity in each: the most mentioned are expanded, not all.
        var named = Spotter.Named(word).Where(n => !n.Entity.IsPlaceholder && InScope(n.Entity, organisation))
            .OrderByDescending(n => n.Entity.MentionCount)
            .Take(MaxNamedEntities)
            .ToList();
        foreach (var (entity, clusterId) in named)
        {
            AddEntity(found, word, entity, clusterId, fuzzy: false);
        }

        // A name written correctly in one log does not hide its misspellings in another: close names are looked up for a word
        // that names something too, but then only those that differ in kana (a different kanji is a different word:
        // 健康増進課 is not 健康推進課; one letter of an acronym is another company: SXDS, SYDS), and one edit at most (a name known exactly is rarely two edits from another
        // company's name by mistake: ミナトソリューションズ / ミドリソリューションズ are two companies). A close company name of another
        // region or another short distinctive name is another company, whatever the distance (CompanyNameParts.LikelyTwoCompanies).
        if (FuzzyDistance(key) is > 0 and var distance)
        {
            var close = _model.Lookups.Names.Similar(key, distance, maxCandidates: 500)
                .Where(c => !c.Item.IsPlaceholder && InScope(c.Item, organisation) && !OnlyTheTypeDiffers(c.Key, key) && SameNumbers(c.Key, key))
                .Where(c => c.Item.Type != EntityType.Contractor || !Text.CompanyNameParts.LikelyTwoCompanies(c.Key, key))
                .Where(c => named.Count == 0 || (c.Distance <= 1 && SameAsideFromKana(c.Key, key) && !named.Any(n => n.Entity == c.Item)))
                .Select(c => c.Item)
                .Distinct()
                .Take(MaxFuzzyEntities);
            foreach (var entity in close)
            {
                AddEntity(found, word, entity, clusterId: -1, fuzzy: true);
            }
        }

        AddRenumbered(found, word, key);
        return found
            .DistinctBy(e => (e.Kind, Term: Comparable(e.Term), e.EntityId))
            .Where(e => Comparable(e.Term) != Comparable(word))
            .OrderBy(e => e.Kind.Rank())
            .Take(MaxPerWord)
            .ToList();
    }

    /// <summary>One edit from four characters, two from nine: a typo or a misread character, not another name.</summary>
    private static int FuzzyDistance(string key) => EntityFinder.FuzzyDistance(key.Length);

    /// <summary>情報政策課 and 情報政策室 differ only in the kind of unit their last kanji says: other departments, not a typo.</summary>
    private static bool OnlyTheTypeDiffers(string a, string b) =>
        a.Length == b.Length && a.Length > 1 && a[^1] != b[^1] && a[..^1] == b[..^1] && IsKanji(a[^1]) && IsKanji(b[^1]);

    /// <summary>第7号 and 第8号, or two phone numbers, are different things however close the texts: numbers are never fuzzy.</summary>
    private static bool SameNumbers(string a, string b) => Text.NameKeys.Digits(a) == Text.NameKeys.Digits(b);

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool SameAsideFromKana(string a, string b) => a.Where(c => !IsKana(c)).SequenceEqual(b.Where(c => !IsKana(c)));

    private static bool IsKana(char c) => c is >= '\u3041' and <= '\u30FF';

    private bool InScope(Entity entity, string? organisation) =>
        organisation is null || _model.Lookups.IsIn(entity, organisation);

    private EntityFacts FactsOf(Entity entity) => _facts.GetOrAdd(entity.Id, _ => EntityFacts.Of(_model, entity, MaxAliasesRead));

    private void AddEntity(List<QueryExpansion> found, string word, Entity entity, int clusterId, bool fuzzy)
    {
        var typed = entity.Names.FirstOrDefault(n => n.ClusterId == clusterId);
        var wordKey = EntityFinder.Key(word);
        var wordIsAbbreviation = _abbreviations.Contains((entity.Id, wordKey));
        var facts = FactsOf(entity);
        var documents = facts.Documents;
        var renamedTo = typed is null ? null : NamesLinkedByRenames(entity, typed);
        foreach (var alias in facts.Aliases)
        {
            // A law's spellings include its citations (番号法第19条第7号): another number is another provision, not a spelling.
            if (alias.Surface.Length < 2 || !SameNumbers(Text.NameKeys.Of(alias.Surface), Text.NameKeys.Of(word)))
            {
                continue;
            }

            var aliasKey = EntityFinder.Key(alias.Surface);
            if (fuzzy && !CloseToANameOf(aliasKey, wordKey, typed: null))
            {
                // Fuzzy means this spelling is close to the word, not every spelling of the entity it belongs to.
                continue;
            }

            var (kind, date) = fuzzy ? (ExpansionKind.Fuzzy, (DateOnly?)null) : KindOf(entity, facts, typed, alias.Surface, wordIsAbbreviation);
            if (kind is ExpansionKind.FormerName or ExpansionKind.LaterName
                && (renamedTo is null || facts.NamesByKey.GetValueOrDefault(aliasKey) is not { } other || !renamedTo.Contains(other.Name)
                    || !CloseToANameOf(aliasKey, EntityFinder.Key(other.Name), typed: null)))
            {
                // Another name is searched only when renames lead to it from the name typed, and then only its spellings
                // close to it: an entity or a name joined too eagerly (many companies under one) must not turn a search for
                // one into a search for all.
                continue;
            }

            if (kind is ExpansionKind.Spelling && !wordIsAbbreviation && (!CloseToANameOf(aliasKey, wordKey, typed) || OtherParent(entity, clusterId, aliasKey, wordKey)))
            {
                continue;
            }
            found.Add(new QueryExpansion(word, kind, alias.Surface, entity.Id, Documents: documents, Date: date));
            if (kind == ExpansionKind.Abbreviation && wordIsAbbreviation && LongForms.Core(alias.Surface, word) is { } core)
            {
                found.Add(new QueryExpansion(word, kind, core, entity.Id, Documents: documents));
            }
        }
    }

    /// <summary>
    /// The entity's names that renames lead to from <paramref name="typed"/>, in either direction, following chains of
    /// renames (at most <see cref="MaxRenameSteps"/> steps): O(successions of the entity × steps).
    /// </summary>
    private HashSet<string> NamesLinkedByRenames(Entity entity, EntityName typed)
    {
        // Renames recorded in the change logs that write the typed name: an entity joined across municipalities
        // (thousands of names under one) must not chain one town's rename into another's.
        var typedKey = EntityFinder.Key(typed.Name);
        var facts = FactsOf(entity);
        // When no spelling of the typed name is known to be written anywhere (it is only a key of its name), every rename counts.
        var written = facts.DocumentsByName.GetValueOrDefault(typedKey);
        var renames = _model.Lookups.SuccessionsOf(entity.Id)
            .Where(s => s is { Kind: SuccessionKind.Rename, Before: not null, After: not null }
                && (written is not { Count: > 0 } || s.Evidence.Any(e => written.Contains(e.DocumentId))))
            .Select(s => (Before: EntityFinder.Key(s.Before!.Name), After: EntityFinder.Key(s.After!.Name)))
            .ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal) { typedKey };
        for (var step = 0; step < MaxRenameSteps; step++)
        {
            var grew = false;
            foreach (var (before, after) in renames)
            {
                grew |= keys.Contains(before) && keys.Add(after);
                grew |= keys.Contains(after) && keys.Add(before);
            }

            if (!grew)
            {
                break;
            }
        }

        return entity.Names.Where(n => keys.Contains(EntityFinder.Key(n.Name))).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
    }

    private const int MaxRenameSteps = 8;

    /// <summary>
    /// True when the word names a unit under one parent and the spelling the same unit's name under another (財政部総務課,
    /// 市民部総務課): a unit keyed by its own name is written with its parent or without it, but two parents are two units.
    /// </summary>
    private bool OtherParent(Entity entity, int clusterId, string aliasKey, string wordKey)
    {
        if (entity.Type != EntityType.Department || clusterId < 0)
        {
            return false;
        }

        // The cluster is keyed by the unit's own name (総務課), whatever parent its spellings are written with.
        var units = _model.Clusters.All[clusterId].Keys.Select(EntityFinder.Key).Where(k => k.Length > 0).ToList();
        string? Parent(string key) =>
            units.Where(u => key.Length > u.Length && key.EndsWith(u, StringComparison.Ordinal)).Select(u => key[..^u.Length]).MinBy(p => p.Length);
        return Parent(wordKey) is { } typedParent && Parent(aliasKey) is { } aliasParent && typedParent != aliasParent;
    }

    /// <summary>
    /// A spelling is searched when it is close to the word or to the name typed (a typo, an OCR misreading, a width or
    /// spacing variant): within a third of its length in edits, or one holding the other.
    /// </summary>
    private static bool CloseToANameOf(string aliasKey, string wordKey, EntityName? typed)
    {
        foreach (var key in typed is null ? [wordKey] : new[] { wordKey, EntityFinder.Key(typed.Name) })
        {
            if (aliasKey.Contains(key, StringComparison.Ordinal) || key.Contains(aliasKey, StringComparison.Ordinal)
                || Similarity.Levenshtein(aliasKey, key) <= Math.Max(1, Math.Max(aliasKey.Length, key.Length) / 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc cref="LongForms.Core"/>
    public static string? CoreOfLongForm(string longForm, string abbreviation) => LongForms.Core(longForm, abbreviation);

    private (ExpansionKind Kind, DateOnly? Date) KindOf(Entity entity, EntityFacts facts, EntityName? typed, string surface, bool wordIsAbbreviation)
    {
        var name = facts.NamesByKey.GetValueOrDefault(EntityFinder.Key(surface)) ?? facts.NamesByKey.GetValueOrDefault(NameKeyOf(surface));
        if (typed is not null && name is not null && name.ClusterId != typed.ClusterId && name.Name != typed.Name)
        {
            var earlier = (name.FirstSeen?.From ?? DateOnly.MaxValue) < (typed.FirstSeen?.From ?? DateOnly.MaxValue);
            return earlier ? (ExpansionKind.FormerName, typed.FirstSeen?.From) : (ExpansionKind.LaterName, name.FirstSeen?.From);
        }

        var aliasIsAbbreviation = _abbreviations.Contains((entity.Id, EntityFinder.Key(surface)));
        return (aliasIsAbbreviation != wordIsAbbreviation ? ExpansionKind.Abbreviation : ExpansionKind.Spelling, null);
    }

    private static string NameKeyOf(string surface) => Text.NameKeys.Of(surface);

    /// <summary>A provision renumbered: searched under its other number, in the rows of the period that number meant it.</summary>
    private void AddRenumbered(List<QueryExpansion> found, string word, string key)
    {
        var renumbered = _model.Lookups.Citations.Exact(key)
            .Where(s => s is { Kind: SuccessionKind.Renumber, Before: not null, After: not null, Date: not null })
            .Distinct();
        // A number that some renumbering gave a provision is read as that provision (its current meaning): its rows
        // before the renumbering are searched under the earlier number; its own earlier meaning is not followed.
        var current = renumbered.Any(s => EntityFinder.Key(s.After!.Citation) == key);
        foreach (var group in renumbered.GroupBy(s => (s.Before!.Citation, s.After!.Citation)))
        {
            var since = group.Min(s => s.Date!.From);
            var first = group.First();
            if (EntityFinder.Key(first.After!.Citation) == key)
            {
                found.Add(new QueryExpansion(word, ExpansionKind.Renumbered, first.Before!.Citation, first.Before.EntityId, Until: since, Date: since));
            }
            else if (!current && EntityFinder.Key(first.Before!.Citation) == key)
            {
                found.Add(new QueryExpansion(word, ExpansionKind.Renumbered, first.After!.Citation, first.After.EntityId, Since: since, Date: since));
            }
        }
    }

    /// <summary>Two terms that search the same: width folded, lower case, white space removed.</summary>
    internal static string Comparable(string text) => TextKey.Folded(text);
}
