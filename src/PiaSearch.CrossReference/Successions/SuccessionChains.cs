using System.Collections.Frozen;
using PiaSearch.CrossReference.Resolution;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// Follows successions into chains: 総務省令 → 通知カード及び個人番号カード省令 → 個人番号カード省令, or the
/// heads of a department one after another. A succession continues another when it starts from the name the
/// other ended with, later, in the same type and the same organisation.
/// </summary>
/// <remarks>
/// Built once per model by dynamic programming over the succession graph, which is acyclic because every link
/// goes forward in time: each succession keeps the best link back (the longest chain ending with it) and the best
/// link forward (the longest chain starting from it). Nothing enumerates paths. Building costs O(S log S + S·B)
/// for S successions, where B ≤ <see cref="MaxCandidates"/> is the number of earlier successions ending with the
/// name a succession starts from that are looked at; <see cref="Through"/> costs O(L) with L ≤ <see cref="MaxLength"/>.
/// </remarks>
public sealed class SuccessionChains
{
    /// <summary>A chain stops after this many successions (a log renames a thing a handful of times).</summary>
    public const int MaxLength = 64;

    /// <summary>At most this many of the latest possible predecessors are looked at for each succession.</summary>
    public const int MaxCandidates = 64;

    private static readonly FrozenSet<SuccessionKind> Chaining =
        new HashSet<SuccessionKind> { SuccessionKind.Rename, SuccessionKind.Replace, SuccessionKind.Assign, SuccessionKind.Renumber }.ToFrozenSet();

    /// <summary>The links of each succession, by id (a part's chains are read by the combined model, whose successions are copies).</summary>
    private readonly Dictionary<string, Link> _links = new(StringComparer.Ordinal);

    /// <summary>Combined chains: the part chains a succession belongs to, and the combined model's succession of each id.</summary>
    private readonly Func<Succession, SuccessionChains?>? _partOf;
    private readonly Dictionary<string, Succession>? _combined;

    /// <param name="successions">The successions of a model.</param>
    /// <param name="scopeOf">The organisation a change log belongs to: chains never cross organisations.</param>
    public SuccessionChains(IReadOnlyList<Succession> successions, Func<string, string>? scopeOf = null)
    {
        ArgumentNullException.ThrowIfNull(successions);
        scopeOf ??= documentId => documentId;
        var nodes = successions
            .Where(s => Chaining.Contains(s.Kind) && s.Before is not null && s.After is not null && s.Date is not null)
            .OrderBy(s => s.Date!.From)
            .ToList();
        var scopes = nodes.ToDictionary<Succession, Succession, string>(s => s, s => scopeOf(s.Evidence[0].DocumentId), ReferenceEqualityComparer.Instance);
        foreach (var node in nodes)
        {
            _links[node.Id] = new Link();
        }

        // Longest chain ending with each node, in date order (its predecessors all come earlier); then the longest
        // starting from each, in reverse date order (its successors all come later).
        Pass(nodes, scopes, forward: false);
        Pass(Enumerable.Reverse(nodes), scopes, forward: true);
    }

    private SuccessionChains(Func<Succession, SuccessionChains?> partOf, Dictionary<string, Succession> combined)
    {
        _partOf = partOf;
        _combined = combined;
    }

    /// <summary>
    /// The chains of a model put together from parts whose chains are already built (chains never cross organisations, and a
    /// part is one organisation's): a succession's chain is read from its part's links and given back as the model's own
    /// successions. O(S) for the table of the model's successions by id, instead of the whole dynamic programme again.
    /// </summary>
    /// <param name="successions">The model's successions (copies of the parts' ones, with the same ids).</param>
    /// <param name="partOf">The chains of the part a succession comes from.</param>
    internal static SuccessionChains Combine(IReadOnlyList<Succession> successions, Func<Succession, SuccessionChains?> partOf)
    {
        var combined = new Dictionary<string, Succession>(successions.Count, StringComparer.Ordinal);
        foreach (var succession in successions)
        {
            combined.TryAdd(succession.Id, succession);
        }

        return new SuccessionChains(partOf, combined);
    }

    /// <summary>
    /// Builds the chains of <paramref name="successions"/> and lists every distinct chain of two or more, earliest
    /// first. O(S·L): for tests and tools; requests use <see cref="Through"/>.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Succession>> Build(IReadOnlyList<Succession> successions, Func<string, string>? scopeOf = null)
    {
        var chains = new SuccessionChains(successions, scopeOf);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<IReadOnlyList<Succession>>();
        foreach (var succession in successions)
        {
            if (chains.Through(succession) is { } chain && seen.Add(string.Join('|', chain.Select(s => s.Id))))
            {
                all.Add(chain);
            }
        }

        return all.OrderBy(c => c[0].Date!.From).ToList();
    }

    /// <summary>
    /// The longest chain through <paramref name="succession"/> (the longest chain ending with it, then the longest
    /// starting from it), at most <see cref="MaxLength"/> long; null when it links to nothing. O(L).
    /// </summary>
    public IReadOnlyList<Succession>? Through(Succession succession)
    {
        ArgumentNullException.ThrowIfNull(succession);
        if (_partOf is not null)
        {
            return _partOf(succession) is { } part ? part.Through(succession, id => _combined!.GetValueOrDefault(id)) : null;
        }

        return Through(succession, null);
    }

    /// <summary>The chain through a succession, each one given as <paramref name="resolve"/> says (the part's own when null).</summary>
    private List<Succession>? Through(Succession succession, Func<string, Succession?>? resolve)
    {
        if (!_links.TryGetValue(succession.Id, out var link) || (link.Previous is null && link.Next is null))
        {
            return null;
        }

        Succession? As(Succession? own) => own is null ? null : resolve is null ? own : resolve(own.Id);
        var back = new List<Succession>();
        for (var at = succession; at is not null && back.Count < MaxLength / 2; at = _links[at.Id].Previous)
        {
            back.Add(ReferenceEquals(at, succession) ? succession : As(at) ?? at);
        }

        back.Reverse();
        for (var at = link.Next; at is not null && back.Count < MaxLength; at = _links[at.Id].Next)
        {
            back.Add(As(at) ?? at);
        }

        return back;
    }

    /// <summary>
    /// One pass of the dynamic programme. Backward (forward: false), each node looks among the earlier nodes that ended
    /// with the name it starts from; forward, among the later nodes that start from the name it ends with. O(S·B).
    /// </summary>
    private void Pass(IEnumerable<Succession> order, Dictionary<Succession, string> scopes, bool forward)
    {
        var seen = new Dictionary<(string Scope, EntityType Type, string Name), List<Succession>>();
        foreach (var node in order)
        {
            var link = _links[node.Id];
            var length = 1;
            Succession? best = null;
            if (seen.TryGetValue((scopes[node], node.Type, forward ? node.After!.Name : node.Before!.Name), out var candidates))
            {
                for (var i = candidates.Count - 1; i >= Math.Max(0, candidates.Count - MaxCandidates); i--)
                {
                    var other = candidates[i];
                    var otherLength = forward ? _links[other.Id].Forward : _links[other.Id].Back;
                    if ((forward ? Continues(node, other) : Continues(other, node)) && otherLength + 1 > length)
                    {
                        length = otherLength + 1;
                        best = other;
                    }
                }
            }

            if (forward)
            {
                (link.Forward, link.Next) = (length, best);
            }
            else
            {
                (link.Back, link.Previous) = (length, best);
            }

            var key = (scopes[node], node.Type, forward ? node.Before!.Name : node.After!.Name);
            if (!seen.TryGetValue(key, out var list))
            {
                seen[key] = list = [];
            }

            list.Add(node);
        }
    }

    private static bool Continues(Succession previous, Succession next)
    {
        if (previous.Type != next.Type || next.Date!.From <= previous.Date!.From || previous.After!.Name != next.Before!.Name)
        {
            return false;
        }

        if (NameScope.IsLocal(previous.Type) && previous.After.EntityId != next.Before.EntityId)
        {
            return false; // another organisation's 市民課
        }

        // A rename is of the law whatever provision was cited; otherwise the citation must carry on.
        return next.Kind == SuccessionKind.Rename || previous.Kind == SuccessionKind.Rename || previous.After.Provision == next.Before.Provision;
    }

    private sealed class Link
    {
        public int Back { get; set; }

        public int Forward { get; set; }

        public Succession? Previous { get; set; }

        public Succession? Next { get; set; }
    }
}
