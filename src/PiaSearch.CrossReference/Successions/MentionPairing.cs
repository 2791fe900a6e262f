using PiaSearch.CrossReference.Mentions;

namespace PiaSearch.CrossReference.Successions;

/// <summary>How the mentions of one type in a row line up: changed pairs, and names added or removed.</summary>
internal sealed record MentionPairing(
    IReadOnlyList<(Mention Before, Mention After)> Changed,
    IReadOnlyList<Mention> Added,
    IReadOnlyList<Mention> Removed);
