using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Evaluation;

/// <summary>
/// Scores detected successions against labels, row by row. A detection matches a label when the line and type
/// agree and each side names the same thing: the names compared by key (width, spaces, dots and legal forms
/// aside), either as written in the row or as the name's usual spelling, and for statutes the provision too.
/// </summary>
public static class SuccessionEvaluator
{
    public static EvaluationReport Evaluate(IReadOnlyList<LabelledSuccession> labels, IReadOnlyList<RowChange> detected)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(detected);
        var strict = Match(labels, detected, withKind: true);
        var loose = Match(labels, detected, withKind: false);
        var byKind = Enum.GetValues<SuccessionKind>().ToDictionary(
            k => k,
            k => (labels.Count(l => l.Kind == k), detected.Count(d => d.Kind == k), strict.Pairs.Count(p => p.Label.Kind == k)));
        return new EvaluationReport(
            labels.Count,
            detected.Count,
            strict.Pairs.Count,
            loose.Pairs.Count,
            labels.Where(l => !strict.Pairs.Any(p => ReferenceEquals(p.Label, l))).ToList(),
            detected.Where(d => !strict.Pairs.Any(p => ReferenceEquals(p.Detected, d))).ToList(),
            byKind);
    }

    private static (List<(LabelledSuccession Label, RowChange Detected)> Pairs, int Count) Match(IReadOnlyList<LabelledSuccession> labels, IReadOnlyList<RowChange> detected, bool withKind)
    {
        var pairs = new List<(LabelledSuccession, RowChange)>();
        var used = new HashSet<RowChange>(ReferenceEqualityComparer.Instance);
        foreach (var label in labels)
        {
            var match = detected.FirstOrDefault(d => !used.Contains(d) && d.Line == label.Line && d.Type == label.Type
                && (!withKind || d.Kind == label.Kind) && Same(label.Before, d.Before, d.Kind) && Same(label.After, d.After, d.Kind));
            if (match is not null)
            {
                used.Add(match);
                pairs.Add((label, match));
            }
        }

        return (pairs, pairs.Count);
    }

    private static bool Same(string label, SuccessionSide? side, SuccessionKind kind)
    {
        if (side is null)
        {
            return label.Length == 0;
        }

        if (label.Length == 0)
        {
            return false;
        }

        var wanted = Key(label);
        var provision = kind == SuccessionKind.Rename ? null : side.Provision;
        var written = Key(StripProvision(side.Surface, side.Provision) + provision);
        return wanted == Key(side.Name + provision) || wanted == written || wanted == Key(side.Surface);
    }

    private static string StripProvision(string surface, string? provision) =>
        provision is null ? surface : KanjiNumerals.Canonical(surface).Split('第')[0];

    private static string Key(string name) => NameKeys.Of(NameKeys.CoreCompanyName(KanjiNumerals.Canonical(name)));
}
