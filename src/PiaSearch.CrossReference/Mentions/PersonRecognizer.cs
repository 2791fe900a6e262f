using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// People, where the row is about a person (所属長, 責任者, 担当者, 代表者): the name that follows the unit or
/// the title (戸籍住民課長 志村 将憲, 戸籍住民課 小野塚 知子).
/// </summary>
internal sealed partial class PersonRecognizer : IMentionRecognizer
{
    private const int MinimumName = 2;
    private const int MaximumName = 8;

    public IEnumerable<Mention> Recognize(RecognitionContext context)
    {
        var found = new List<Mention>();
        if (IsPersonSlot(context.ItemText) || LeadingLabel().IsMatch(context.T))
        {
            FindAfterTitles(context, found);
        }

        return found;
    }

    /// <summary>True for items whose value names a person.</summary>
    public static bool IsPersonSlot(string text) => PersonSlot().IsMatch(text);

    private static void FindAfterTitles(RecognitionContext context, List<Mention> found)
    {
        var t = context.T;
        foreach (Match title in TitleOrUnit().Matches(t))
        {
            var start = title.Index + title.Length;
            var end = start;
            while (end < t.Length && (CharClass.IsKanjiAt(t, end) || CharClass.IsKatakana(t[end])))
            {
                end++;
            }

            var name = t[start..end];
            if (name.Length is < MinimumName or > MaximumName || TitleOrUnit().IsMatch(name) || NotAName().IsMatch(name)
                || found.Any(m => m.Start == start))
            {
                continue;
            }

            found.Add(Build(context, start, end, title.Value));
        }
    }

    private static Mention Build(RecognitionContext context, int start, int end, string? title)
    {
        var mention = context.Create(EntityType.Person, start, end - start, string.Empty, NameKeys.Of(context.T[start..end]));
        return mention with { Name = mention.Surface, Qualifier = title };
    }

    [GeneratedRegex("所属長|責任者|担当者|代表者|管理者|氏名")]
    private static partial Regex PersonSlot();

    /// <summary>A cell that starts with the label of a person's post: 2所属長 戸籍住民課長 志村 将憲.</summary>
    [GeneratedRegex(@"^\s*[\d①-⑳]*\s*(?:所属長|責任者|担当者|代表者|管理者|氏名)")]
    private static partial Regex LeadingLabel();

    [GeneratedRegex("(?:部|課|室|係|局|所|センター|班)長|所属長|責任者|担当者|代表者|管理者|(?:事務所|センター|[部課室係局班])(?=[^長])")]
    private static partial Regex TitleOrUnit();

    [GeneratedRegex("^(?:未定|なし|同上|空席|欠員|兼務|事務取扱)")]
    private static partial Regex NotAName();
}
