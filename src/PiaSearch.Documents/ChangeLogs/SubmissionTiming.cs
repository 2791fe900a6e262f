namespace PiaSearch.Documents.ChangeLogs;

/// <summary>提出時期: whether the change was submitted before (事前) or after (事後) it took effect.</summary>
public enum SubmissionTiming
{
    /// <summary>The cell is empty.</summary>
    Unspecified,

    /// <summary>事前</summary>
    Prior,

    /// <summary>事後</summary>
    Posterior,
}
