namespace PiaSearch.CrossReference.Successions;

/// <summary>What a succession of a kind is about.</summary>
internal static class SuccessionKinds
{
    /// <summary>
    /// True when the change is of the name itself, whatever provisions were cited: a rename between two names. A rename
    /// within one law (the same article under a new caption) is of the provision, and keeps it.
    /// </summary>
    public static bool OfTheName(SuccessionKind kind, SuccessionSide side, SuccessionSide? other) =>
        kind == SuccessionKind.Rename && (other is null || other.ClusterId != side.ClusterId || side.ClusterId < 0);
}
