using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions.Statutes;

/// <summary>
/// Statutes with the provisions cited: one mention per provision (番号法第19条第7号, each entry of
/// 別表第二の1、2、…の項), or one for the law when none is cited. A citation with no law in front
/// (・第36条, 同法第17条, 別表第二の…) refers to the law named last before it in the cell; when the cell names
/// none, the law is left empty for the slot to supply.
/// </summary>
internal sealed partial class StatuteRecognizer : IMentionRecognizer
{
    public IEnumerable<Mention> Recognize(RecognitionContext context)
    {
        var t = context.T;
        var laws = LawNameFinder.Find(t);
        var mentions = new List<Mention>();
        foreach (var law in laws)
        {
            var abbreviation = law.Abbreviation ?? AsteriskDefinition(t, law.Start);
            AddCitations(context, mentions, law with { Abbreviation = abbreviation }, law.Start, law.End);
        }

        foreach (Match same in SameLaw().Matches(t))
        {
            var context_ = ContextLaw(laws, same.Index);
            if (context_ is not null && !Inside(mentions, laws, same.Index))
            {
                AddCitations(context, mentions, context_ with { Abbreviation = null }, same.Index, same.Index + same.Length);
            }
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is not ('第' or '別' or '附') || (i > 0 && CharClass.IsNameCharAt(t, i - 1)) || Inside(mentions, laws, i) || !ProvisionParser.StartsProvision(t, i))
            {
                continue;
            }

            var law = ContextLaw(laws, i) ?? new LawName(i, i, i, string.Empty, null, null);
            var before = mentions.Count;
            AddCitations(context, mentions, law with { Abbreviation = null }, i, i);
            if (mentions.Count > before)
            {
                i = mentions[^1].End - 1;
            }
        }

        return mentions;
    }

    /// <summary>Adds the citations of <paramref name="law"/> that start at <paramref name="provisionsFrom"/>; the first spans from <paramref name="start"/>.</summary>
    private static void AddCitations(RecognitionContext context, List<Mention> mentions, LawName law, int start, int provisionsFrom)
    {
        var provisions = ProvisionParser.Parse(context.T, provisionsFrom);
        if (provisions.Count == 0)
        {
            if (law.Name.Length > 0 && start == law.Start)
            {
                mentions.Add(Build(context, law, start, law.End, null, null));
            }

            return;
        }

        for (var i = 0; i < provisions.Count; i++)
        {
            var provision = provisions[i];
            mentions.Add(Build(context, law, i == 0 ? start : provision.Start, provision.End, provision.Text, provision.Caption) with
            {
                Defines = i == 0 ? law.Abbreviation : null,
            });
        }
    }

    private static Mention Build(RecognitionContext context, LawName law, int start, int end, string? provision, string? caption) =>
        context.Create(EntityType.Statute, start, end - start, law.Name, law.Name.Length == 0 ? string.Empty : NameKeys.Of(law.Name)) with
        {
            Provision = provision,
            Caption = caption,
            OfficialNumber = law.OfficialNumber,
            Defines = law.Abbreviation,
        };

    /// <summary>The last law named before <paramref name="index"/>.</summary>
    private static LawName? ContextLaw(List<LawName> laws, int index) =>
        laws.LastOrDefault(l => l.End <= index && l.Name.Length > 0);

    private static bool Inside(List<Mention> mentions, List<LawName> laws, int index) =>
        mentions.Any(m => index >= m.Start && index < m.End) || LawNameFinder.Covered(laws, index);

    /// <summary>※主務省令:番号法別表第2の主務省令で定める…命令: a note that defines a short name for the law after it.</summary>
    private static string? AsteriskDefinition(string t, int lawStart)
    {
        var match = AsteriskNote().Match(t[..lawStart]);
        return match.Success ? match.Groups["abbr"].Value : null;
    }

    [GeneratedRegex("同(?:法|省令|条例|規則|政令)(?=第|別表)")]
    private static partial Regex SameLaw();

    [GeneratedRegex(@"※(?<abbr>[^※:\s()]{2,20}):$")]
    private static partial Regex AsteriskNote();
}
