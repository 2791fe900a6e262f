using PiaSearch.CrossReference.Mentions;

namespace PiaSearch.CrossReference.Tests.Mentions;

internal static class MentionAssertions
{
    private static readonly MentionExtractor Extractor = new();

    /// <summary>The mentions of one type in the after cell of a row.</summary>
    public static List<Mention> After(EntityType type, string after, string item = "II-3-⑦使用の主体-使用部署", string before = "—") =>
        Extractor.Extract(TestLogs.Row(item, before, after)).After.Where(m => m.Type == type).ToList();
}
