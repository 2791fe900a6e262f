using PiaSearch.Documents.Text;

namespace PiaSearch.Documents.ChangeLogs;

/// <summary>Conversions between <see cref="SubmissionTiming"/> and the words a change log uses.</summary>
public static class SubmissionTimings
{
    public const string PriorLabel = "事前";
    public const string PosteriorLabel = "事後";
    public const string UnspecifiedLabel = "なし";

    public static string Label(this SubmissionTiming timing) => timing switch
    {
        SubmissionTiming.Prior => PriorLabel,
        SubmissionTiming.Posterior => PosteriorLabel,
        _ => UnspecifiedLabel,
    };

    /// <summary>Reads a 提出時期 cell (or a filter value): 事前, 事後, empty; also the English words.</summary>
    public static bool TryParse(string? text, out SubmissionTiming timing)
    {
        var value = TextNormalizer.Normalize(text ?? string.Empty).Trim();
        // Only the English words have case; lower-casing Japanese text would go through ICU for nothing.
        switch (System.Text.Ascii.IsValid(value) ? value.ToLowerInvariant() : value)
        {
            case "":
            case UnspecifiedLabel:
            case "none":
            case "unspecified":
                timing = SubmissionTiming.Unspecified;
                return true;
            case PriorLabel:
            case "prior":
            case "before":
                timing = SubmissionTiming.Prior;
                return true;
            case PosteriorLabel:
            case "posterior":
            case "after":
                timing = SubmissionTiming.Posterior;
                return true;
            default:
                timing = SubmissionTiming.Unspecified;
                return false;
        }
    }
}
