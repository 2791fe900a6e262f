using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// Organisations with a legal form, before or after the name: 株式会社X, X株式会社, (株)X, 有限会社X,
/// 一般財団法人X, 特定非営利活動法人X…
/// </summary>
internal sealed partial class ContractorRecognizer : IMentionRecognizer
{
    private const int MaximumName = 40;

    public IEnumerable<Mention> Recognize(RecognitionContext context)
    {
        var t = context.T;
        foreach (Match form in LegalForm().Matches(t))
        {
            var after = RunAfter(context, form.Index + form.Length);
            var before = context.SoftStart(NameRuns.RunStart(t, form.Index, allowDigits: true, allowMiddleDot: true), form.Index, form.Index + form.Length);
            var hasAfter = after > form.Index + form.Length;
            var hasBefore = before < form.Index;
            int start, end;
            if (hasAfter && (!hasBefore || form.Index == 0 || !CharClass.IsNameChar(t[form.Index - 1])))
            {
                (start, end) = (form.Index, after);
            }
            else if (hasBefore)
            {
                (start, end) = (before, form.Index + form.Length);
            }
            else
            {
                continue;
            }

            var name = t[start..end].Trim(CharClass.MiddleDot);
            var core = NameKeys.CoreCompanyName(name).Trim(CharClass.MiddleDot);
            if (core.Length == 0 || core.Length > MaximumName)
            {
                continue;
            }

            _ = OcrFolding.Fold(core, out var folded);
            var key = NameKeys.Of(core);
            yield return context.Create(EntityType.Contractor, start, end - start, name, key) with
            {
                Qualifier = form.Value,
                Suspect = folded || core.Any(CharClass.IsForeignLetter),
            };
        }
    }

    /// <summary>The end of the name that follows a legal form: name characters, middle dots, and spaces inside Latin names.</summary>
    private static int RunAfter(RecognitionContext context, int start)
    {
        var t = context.T;
        var j = start;
        while (j < t.Length && j - start < MaximumName)
        {
            var c = t[j];
            if (j > start && context.Text.SpaceRemovedBefore(j) && t[j - 1] != CharClass.MiddleDot)
            {
                break; // a name does not end in a middle dot, so a space after one is a line wrap
            }

            var inLatinName = c == ' ' && j > start && CharClass.IsLatin(t[j - 1]) && j + 1 < t.Length && CharClass.IsLatin(t[j + 1]);
            if (CharClass.IsNameChar(c) || c is CharClass.MiddleDot or '&' || inLatinName || CharClass.IsForeignLetter(c))
            {
                j++;
                continue;
            }

            break;
        }

        return j;
    }

    [GeneratedRegex(NameKeys.LegalForms)]
    private static partial Regex LegalForm();
}
