using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>Japanese phone numbers written with separators (03-5722-9350, 03(5722)9350) or after 電話/TEL.</summary>
internal sealed partial class PhoneRecognizer : IMentionRecognizer
{
    public IEnumerable<Mention> Recognize(RecognitionContext context)
    {
        foreach (Match match in Separated().Matches(context.T))
        {
            yield return Build(context, match);
        }

        foreach (Match match in Labelled().Matches(context.T))
        {
            yield return Build(context, match.Groups["number"]);
        }
    }

    private static Mention Build(RecognitionContext context, Group match)
    {
        var digits = NameKeys.Digits(match.Value);
        return context.Create(EntityType.Phone, match.Index, match.Length, match.Value, digits);
    }

    [GeneratedRegex(@"(?<![\d\-])0\d{1,4}(?:-\d{1,4}-|\(\d{1,4}\))\d{3,4}(?![\d\-])")]
    private static partial Regex Separated();

    [GeneratedRegex(@"(?:電話|TEL|Tel|tel|☎)(?:番号)?[:\s]*(?<number>0\d{9,10})(?!\d)")]
    private static partial Regex Labelled();
}
