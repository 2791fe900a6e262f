using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions.Statutes;

/// <summary>
/// Reads the provisions cited from a position: 第19条第7号又は第8号, 第30条の6, 第19条(…)の第8号,
/// ・第35条(…)・第36条(…), 別表第二の1、2、…及び120の項 (one provision per entry), 附則第8条.
/// </summary>
internal static partial class ProvisionParser
{
    public static List<Provision> Parse(string t, int position)
    {
        var provisions = new List<Provision>();
        var pos = position;
        string? article = null;
        while (pos < t.Length)
        {
            var separatorAllowed = provisions.Count > 0;
            if (Try(Article(), t, pos, separatorAllowed, out var m))
            {
                article = (m.Groups["supp"].Value == "附則" ? "附則" : string.Empty) + $"第{Num(m.Groups["a"])}条" + Sub(m.Groups["sub"].Value);
                var text = article + Para(m) + Item(m);
                pos = Add(provisions, t, StartOf(m), m.Index + m.Length, text);
            }
            else if ((article is not null || provisions.Count == 0) && Try(ParagraphOrItem(), t, pos, separatorAllowed, out m))
            {
                var text = (article ?? string.Empty) + Para(m) + Item(m);
                if (m.Groups["of"].Success && provisions.Count > 0 && provisions[^1].Text == article)
                {
                    // 第19条(特定個人情報の提供の制限)の第8号: the item belongs to the article just cited.
                    var previous = provisions[^1];
                    provisions[^1] = previous with { End = m.Index + m.Length, Text = text };
                    pos = m.Index + m.Length;
                }
                else
                {
                    pos = Add(provisions, t, StartOf(m), m.Index + m.Length, text);
                }
            }
            else if (provisions.Count > 0 && BareParagraph().Match(t, pos) is { Success: true } bare && bare.Index == pos)
            {
                // 第36号1項: a paragraph written without 第 still belongs to the citation.
                provisions[^1] = provisions[^1] with { End = bare.Index + bare.Length, Text = provisions[^1].Text + bare.Value };
                pos = bare.Index + bare.Length;
            }
            else if (Try(Table(), t, pos, separatorAllowed, out m))
            {
                pos = AddTable(provisions, t, m);
            }
            else
            {
                break;
            }
        }

        return provisions;
    }

    /// <summary>True when a citation of a provision starts at <paramref name="index"/>.</summary>
    public static bool StartsProvision(string t, int index) =>
        Article().Match(t, index) is { Success: true } a && a.Index == index && !a.Groups["sep"].Success
        || Table().Match(t, index) is { Success: true } b && b.Index == index && !b.Groups["sep"].Success;

    private static bool Try(Regex regex, string t, int pos, bool separatorAllowed, out Match match)
    {
        match = regex.Match(t, pos);
        if (!match.Success || match.Index != pos)
        {
            return false;
        }

        var separator = match.Groups["sep"];
        return !separator.Success || separatorAllowed || separator.Value == "・";
    }

    private static int StartOf(Match m) => m.Groups["body"].Index;

    /// <summary>Adds a provision and the caption that follows it; returns where parsing goes on.</summary>
    private static int Add(List<Provision> provisions, string t, int start, int end, string text)
    {
        string? caption = null;
        var captionMatch = Caption().Match(t, end);
        if (captionMatch.Success && captionMatch.Index == end && !Citation().IsMatch(captionMatch.Value))
        {
            caption = captionMatch.Groups["text"].Value;
            end = captionMatch.Index + captionMatch.Length;
        }

        provisions.Add(new Provision(start, end, text, caption));
        return end;
    }

    private static int AddTable(List<Provision> provisions, string t, Match m)
    {
        var table = m.Groups["t"].Success ? $"別表第{Num(m.Groups["t"])}" : $"別表{Num(m.Groups["t2"])}の項";
        var items = m.Groups["items"];
        if (!items.Success)
        {
            provisions.Add(new Provision(StartOf(m), m.Index + m.Length, table, null));
            return m.Index + m.Length;
        }

        foreach (Match item in TableItem().Matches(items.Value))
        {
            var start = items.Index + item.Index;
            provisions.Add(new Provision(start, start + item.Length, $"{table}の{item.Value}の項", null));
        }

        // The first entry's span also covers "別表第二の", so that a change of table is seen.
        provisions[^TableItem().Count(items.Value)] = provisions[^TableItem().Count(items.Value)] with { Start = StartOf(m) };
        return m.Index + m.Length;
    }

    private static string Num(Group group) => KanjiNumerals.Canonical(group.Value);

    private static string Sub(string value) => KanjiNumerals.Canonical(value);

    private static string Para(Match m) => m.Groups["p"].Success ? $"第{Num(m.Groups["p"])}項" : string.Empty;

    private static string Item(Match m) => m.Groups["i"].Success ? $"第{Num(m.Groups["i"])}号" : string.Empty;

    private const string N = @"(?:\d+|[〇一二三四五六七八九十百千]+)";
    private const string Separator = @"\G(?<sep>・|、|又は|及び|並びに)?";

    [GeneratedRegex(Separator + @"(?<body>(?<supp>附則)?第(?<a>" + N + @")条(?<sub>(?:の\d+)*)(?:第(?<p>" + N + @")項)?(?:第(?<i>" + N + @")号)?)")]
    private static partial Regex Article();

    [GeneratedRegex(Separator + @"(?<body>(?<of>の)?(?:第(?<p>" + N + @")項(?:第(?<i>" + N + @")号)?|第(?<i>" + N + @")号))")]
    private static partial Regex ParagraphOrItem();

    [GeneratedRegex(Separator + @"(?<body>別表(?:第(?<t>" + N + @")|(?<t2>\d+)(?=の項))(?:の(?<items>\d+(?:の\d+)?(?:\s*(?:、|及び)\s*(?:\(中略\)\s*)?\d+(?:の\d+)?)*))?(?:の項)?(?:[上下左右]欄|第\d+欄)?)")]
    private static partial Regex Table();

    [GeneratedRegex(@"\d+(?:の\d+)?")]
    private static partial Regex TableItem();

    [GeneratedRegex(@"\G\d{1,3}項")]
    private static partial Regex BareParagraph();

    /// <summary>A parenthesis that cites another provision (住基法第24条の2第4項関係) is not a caption.</summary>
    [GeneratedRegex(@"第\d+条")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\G\((?!以下)(?<text>(?:[^()]|\([^()]*\))*)\)")]
    private static partial Regex Caption();
}
