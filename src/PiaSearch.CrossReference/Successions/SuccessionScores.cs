namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// The confidence a succession is given for each kind of evidence, in one place. <see cref="Default"/> holds the
/// figures the labelled logs were evaluated with (`pia evaluate`); a caller may pass others to the model builder to
/// try a change, and should evaluate it the same way.
/// </summary>
public sealed record SuccessionScores
{
    /// <summary>The figures the model is built with unless told otherwise.</summary>
    public static SuccessionScores Default { get; } = new();

    /// <summary>A name appears where the before text had a placeholder (未定): an assignment.</summary>
    public double PlaceholderFilled { get; init; } = 0.9;

    /// <summary>A name gave way to a placeholder.</summary>
    public double BecamePlaceholder { get; init; } = 0.6;

    /// <summary>The same law, the same article or table, another number: a renumbering.</summary>
    public double SameArticleRenumbered { get; init; } = 0.85;

    /// <summary>The same law citing another provision, in a row that was not reused.</summary>
    public double AnotherProvision { get; init; } = 0.65;

    /// <summary>A replacement in a row whose other text changed too (the row was reused for something else).</summary>
    public double ReplacedInReusedRow { get; init; } = 0.8;

    /// <summary>One name replaced by an unrelated one.</summary>
    public double Replaced { get; init; } = 0.7;

    /// <summary>A rename shown by one piece of evidence in the names themselves (shared stem, legal form, …).</summary>
    public double RenameByName { get; init; } = 0.85;

    /// <summary>A rename the row states in words (名称変更, 商号変更, 組織改正) although the names share nothing.</summary>
    public double StatedRename { get; init; } = 0.8;

    /// <summary>A rename that other rows proved on strong evidence (the second pass).</summary>
    public double RenameSeenElsewhere { get; init; } = 0.85;

    /// <summary>Added to a rename when the row's explanation says the change is not one that needs an assessment (該当しない).</summary>
    public double NotApplicableBonus { get; init; } = 0.05;

    /// <summary>The same article of the same law cited under a new caption (its heading was renamed).</summary>
    public double Recaptioned { get; init; } = 0.85;

    /// <summary>A statute's rename starts here and gains <see cref="StatuteStrongEvidence"/> and <see cref="StatuteMediumEvidence"/> per piece of evidence.</summary>
    public double StatuteRenameBase { get; init; } = 0.7;

    public double StatuteStrongEvidence { get; init; } = 0.1;

    public double StatuteMediumEvidence { get; init; } = 0.05;

    /// <summary>A statute's rename is never more certain than this.</summary>
    public double StatuteRenameCeiling { get; init; } = 0.95;

    /// <summary>Renames this certain in the first pass are evidence for the second.</summary>
    public double ProvenRename { get; init; } = 0.8;

    /// <summary>A name only in the after text (added), or only in the before text (removed).</summary>
    public double AddedOrRemoved { get; init; } = 0.75;

    /// <summary>A renumbering that the row states in words.</summary>
    public double StatedRenumbering { get; init; } = 0.9;
}
