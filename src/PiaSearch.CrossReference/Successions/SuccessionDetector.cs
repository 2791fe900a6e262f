using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Slots;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// Finds the successions of every row: for each type, lines up the before and after mentions and classifies
/// each change. Runs twice: the renames the first pass proves on strong evidence (same provision and caption)
/// are evidence for the rows where the same two names change with nothing else to go on.
/// </summary>
internal static class SuccessionDetector
{
    public static List<RowChange> Detect(IReadOnlyList<EntryMentions> rows, NameClusters clusters, bool parallel = true, SuccessionScores? scores = null)
    {
        scores ??= SuccessionScores.Default;
        var prepared = rows.Select(r => new PreparedRow(r)).ToList();
        var forms = FormChanges.Stated(rows, clusters);
        // Each row is one task (its lazily prepared diff is touched by one thread per pass), in the rows' order.
        List<RowChange> Pass(IReadOnlySet<(int, int)> renames) => parallel
            ? prepared.AsParallel().AsOrdered().SelectMany(r => DetectRow(r, clusters, renames, forms, scores).ToList()).ToList()
            : prepared.SelectMany(r => DetectRow(r, clusters, renames, forms, scores)).ToList();
        var first = Pass(new HashSet<(int, int)>());
        var known = first
            .Where(c => c.Kind == SuccessionKind.Rename && c.Confidence >= scores.ProvenRename && c.Before is not null && c.After is not null)
            .Select(c => (c.Before!.ClusterId, c.After!.ClusterId))
            .ToHashSet();
        return Pass(known);
    }

    private static IEnumerable<RowChange> DetectRow(
        PreparedRow prepared, NameClusters clusters, IReadOnlySet<(int, int)> knownRenames, IReadOnlySet<(int, string, string)> knownForms, SuccessionScores scores)
    {
        var row = prepared.Row;
        var entry = row.Entry;
        var slot = prepared.Slot;
        var diff = prepared.Diff;
        var reuse = prepared.Reuse;
        var classifier = new ChangeClassifier(clusters, knownRenames, scores);
        var changes = new List<RowChange>();
        var statement = entry.Explanation.Text + "\n" + entry.After.Text;
        foreach (var type in EntityTypes.All)
        {
            var before = row.Before.Where(m => m.Type == type && clusters.Of(m) is not null).ToList();
            var after = row.After.Where(m => m.Type == type && clusters.Of(m) is not null).ToList();
            if (before.Count == 0 && after.Count == 0)
            {
                continue;
            }

            foreach (var (b, a) in FormChanges.Find(type, before, after, clusters, statement, knownForms))
            {
                var why = type == EntityType.Contractor ? "法人格やその位置だけが変わった / only the legal form or its place changed" : "所属する部だけが変わった / moved to another 部";
                changes.Add(Change(row, slot, type, SuccessionKind.Rename, Formed(b, clusters), Formed(a, clusters), scores.RenameByName, [why]));
            }

            var pairing = MentionPairer.Pair(before, after, diff, m => MentionIdentity.Of(m, clusters));
            foreach (var (b, a) in pairing.Changed)
            {
                if (classifier.Classify(b, a, reuse.IsReused(b, a), entry.Explanation.Text, statement) is { } decision)
                {
                    changes.Add(Change(row, slot, type, decision.Kind, Side(b, clusters), Side(a, clusters), decision.Confidence, decision.Reasons));
                }
            }

            foreach (var (b, a) in pairing.Recaptioned)
            {
                changes.Add(Change(row, slot, type, SuccessionKind.Rename, Captioned(b, clusters), Captioned(a, clusters), scores.Recaptioned,
                    ["同じ条の見出しが変わった / the same article under a new caption"]));
            }

            var citedLaws = pairing.Added.Concat(pairing.Removed).Concat(pairing.Changed.SelectMany(p => new[] { p.Before, p.After }))
                .Where(m => m.Provision is not null)
                .Select(m => clusters.Of(m)!.Id)
                .ToHashSet();
            foreach (var a in pairing.Added.Where(a => !SubsumedLaw(a, citedLaws, clusters)))
            {
                changes.Add(Change(row, slot, type, SuccessionKind.Add, null, Side(a, clusters), scores.AddedOrRemoved, ["変更後にだけある / only in the after text"]));
            }

            foreach (var b in pairing.Removed.Where(b => !SubsumedLaw(b, citedLaws, clusters)))
            {
                changes.Add(Change(row, slot, type, SuccessionKind.Remove, Side(b, clusters), null, scores.AddedOrRemoved, ["変更前にだけある / only in the before text"]));
            }
        }

        foreach (var (b, a) in RenumberStatements.Find(row.AfterText))
        {
            changes.Add(Change(
                row,
                slot,
                EntityType.System,
                SuccessionKind.Renumber,
                new SuccessionSide(b, b, null, -1),
                new SuccessionSide(a, a, null, -1),
                scores.StatedRenumbering,
                ["番号の付け替えが明記されている / the renumbering is stated"]));
        }

        return Distinct(changes);
    }

    /// <summary>A law named without a provision adds nothing when one of its provisions changes in the same row.</summary>
    private static bool SubsumedLaw(Mention mention, HashSet<int> citedLaws, NameClusters clusters) =>
        mention.Type == EntityType.Statute && mention.Provision is null && citedLaws.Contains(clusters.Of(mention)!.Id);

    private static SuccessionSide Side(Mention mention, NameClusters clusters) =>
        new(clusters.Of(mention)!.Name, mention.Surface, mention.Provision, clusters.Of(mention)!.Id);

    /// <summary>A side named as this mention writes it (with its own legal form or 部), for a change within one cluster.</summary>
    private static SuccessionSide Formed(Mention mention, NameClusters clusters) =>
        new(FormChanges.DisplayName(mention), mention.Surface, null, clusters.Of(mention)!.Id);

    /// <summary>A provision named with its caption: 第35条（通知カード・個人番号カードの交付等）.</summary>
    private static SuccessionSide Captioned(Mention mention, NameClusters clusters) =>
        new(clusters.Of(mention)!.Name, mention.Surface, $"{mention.Provision}（{mention.Caption}）", clusters.Of(mention)!.Id);

    private static RowChange Change(
        EntryMentions row,
        string slot,
        EntityType type,
        SuccessionKind kind,
        SuccessionSide? before,
        SuccessionSide? after,
        double confidence,
        IReadOnlyList<string> reasons) =>
        new(row.Entry.Id, row.Entry.DocumentId, row.Entry.Line, row.Entry.Date, slot, type, kind, before, after, confidence, reasons);

    /// <summary>One change per row for each pair of names: a name repeated in a cell changes once.</summary>
    private static IEnumerable<RowChange> Distinct(List<RowChange> changes) =>
        changes
            .GroupBy(c => (c.Type, c.Kind, B: Key(c.Before, c.Kind, c.After), A: Key(c.After, c.Kind, c.Before)))
            .Select(g => g.OrderByDescending(c => c.Confidence).First());

    /// <summary>Renames of a statute are of the law, whatever provisions were cited (unless the law is the same: a new caption); other changes are of the citation.</summary>
    private static string Key(SuccessionSide? side, SuccessionKind kind, SuccessionSide? other) =>
        side is null ? string.Empty : SuccessionKinds.OfTheName(kind, side, other) ? $"{side.ClusterId}" : $"{side.ClusterId}|{side.Citation}";

    /// <summary>What both passes need of a row, computed once.</summary>
    private sealed class PreparedRow(EntryMentions row)
    {
        private ReuseDetector? _reuse;
        private TextDiff? _diff;

        public EntryMentions Row { get; } = row;

        public string Slot { get; } = SlotKeys.Of(row.Entry);

        public TextDiff Diff => _diff ??= TextDiff.Compute(Row.BeforeText, Row.AfterText);

        public ReuseDetector Reuse => _reuse ??= new ReuseDetector(Row);
    }
}
