using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// The cross-reference model of one organisation's change logs (a municipality's, or one log whose municipality is
/// unknown), built from its rows alone: what a log's rows mean never depends on another organisation's logs, so a
/// part is rebuilt only when its own logs change, and the model of a corpus is its parts put side by side
/// (<see cref="CrossReferenceModel.Combine"/>). Cluster ids are the part's own; entity ids are global already
/// (content hashes), except that a contractor, law or system several parts name becomes one entity when combined.
/// Immutable.
/// </summary>
public sealed class ModelPart
{
    internal ModelPart(
        string key,
        IReadOnlyList<ChangeEntry> entries,
        IReadOnlyList<EntryMentions> rows,
        NameClusters clusters,
        IReadOnlyList<Entity> entities,
        string[] entityOfCluster,
        IReadOnlyList<RowChange> rowChanges,
        IReadOnlyList<Succession> successions,
        IReadOnlyList<Slot> slots)
    {
        Key = key;
        Entries = entries;
        Rows = rows;
        Clusters = clusters;
        Entities = entities;
        EntityOfCluster = entityOfCluster;
        RowChanges = rowChanges;
        Successions = successions;
        Slots = slots;
    }

    /// <summary>The organisation: "@" and its municipality, or the id of a log whose municipality is unknown.</summary>
    public string Key { get; }

    /// <summary>Its rows, by log id and line.</summary>
    public IReadOnlyList<ChangeEntry> Entries { get; }

    /// <summary>The logs it was built from.</summary>
    public IEnumerable<string> DocumentIds => Entries.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal);

    internal IReadOnlyList<EntryMentions> Rows { get; }

    internal NameClusters Clusters { get; }

    internal IReadOnlyList<Entity> Entities { get; }

    internal string[] EntityOfCluster { get; }

    internal IReadOnlyList<RowChange> RowChanges { get; }

    internal IReadOnlyList<Succession> Successions { get; }

    internal IReadOnlyList<Slot> Slots { get; }
}
