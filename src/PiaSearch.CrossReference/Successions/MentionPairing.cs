using PiaSearch.CrossReference.Mentions;

namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// How the mentions of one type in a row line up: changed pairs, names added or removed, and the same provision cited
/// under another caption (番号法第35条（通知カード・…） → 番号法第35条（個人番号通知書、…）).
/// </summary>
internal sealed record MentionPairing(
    IReadOnlyList<(Mention Before, Mention After)> Changed,
    IReadOnlyList<Mention> Added,
    IReadOnlyList<Mention> Removed)
{
    /// <summary>Pairs with one identity (law and provision) whose captions, written on both sides, differ.</summary>
    public IReadOnlyList<(Mention Before, Mention After)> Recaptioned { get; init; } = [];
}
