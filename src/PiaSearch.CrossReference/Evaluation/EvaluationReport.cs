using PiaSearch.CrossReference.Successions;

namespace PiaSearch.CrossReference.Evaluation;

/// <summary>Precision and recall of the detector against labelled successions.</summary>
/// <param name="Labelled">Number of labelled successions.</param>
/// <param name="Detected">Number of successions the detector reported.</param>
/// <param name="Matched">Detected and labelled (same line, type, names and kind).</param>
/// <param name="MatchedIgnoringKind">Detected and labelled with the same line, type and names, whatever the kind.</param>
/// <param name="Missed">Labelled but not detected (with the kind).</param>
/// <param name="Spurious">Detected but not labelled (with the kind).</param>
/// <param name="ByKind">Per labelled kind: labelled, matched.</param>
public sealed record EvaluationReport(
    int Labelled,
    int Detected,
    int Matched,
    int MatchedIgnoringKind,
    IReadOnlyList<LabelledSuccession> Missed,
    IReadOnlyList<RowChange> Spurious,
    IReadOnlyDictionary<SuccessionKind, (int Labelled, int Detected, int Matched)> ByKind)
{
    public double Precision => Detected == 0 ? 0 : (double)Matched / Detected;

    public double Recall => Labelled == 0 ? 0 : (double)Matched / Labelled;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double PrecisionIgnoringKind => Detected == 0 ? 0 : (double)MatchedIgnoringKind / Detected;

    public double RecallIgnoringKind => Labelled == 0 ? 0 : (double)MatchedIgnoringKind / Labelled;
}
