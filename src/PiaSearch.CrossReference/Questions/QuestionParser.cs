using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// Reads a question in Japanese or plain English: what it asks (intent), the known names it mentions, the day,
/// the kind of value (委託先, 所属長…) and the words that locate a slot (file names, 委託事項1).
/// </summary>
/// <param name="model">The model the questions are about.</param>
/// <param name="spotter">Its name spotter, when one is already built (search shares it); else one is built.</param>
public sealed partial class QuestionParser(CrossReferenceModel model, NameSpotter? spotter = null)
{
    private readonly NameSpotter _spotter = spotter ?? new(model);
    private readonly IReadOnlyList<string> _files = model.Lookups.Files;
    private readonly SlotTitles _titles = new(model);

    /// <param name="question">The question.</param>
    /// <param name="organisation">The organisation to answer about; null to take the one the question names, if any.</param>
    public ParsedQuestion Parse(string question, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = WholeCodePoints(question.Trim());
        organisation ??= model.Lookups.Organisations.Count > 1 ? model.Lookups.OrganisationIn(text) : null;
        var names = _spotter.Spot(text, organisation);
        var date = Before(text, DateFinder.Find(text));
        var role = RoleWords.Find(text);
        var comparable = TextKey.Of(text);
        var files = _files.Where(f => comparable.Contains(TextKey.Of(f), StringComparison.Ordinal)).OrderByDescending(f => f.Length).ToList();
        var slotWords = files
            .Take(1)
            .Concat(NumberedLabel().Matches(comparable).Select(m => m.Value))
            .Concat(EnglishLabel().Matches(text).Select(m => "委託事項" + m.Groups["n"].Value))
            .ToList();
        if (slotWords.Count == slotWords.Count(_files.Contains) && _titles.In(comparable, slotWords.FirstOrDefault(), organisation) is { } titled)
        {
            // An item named by its title (磁気媒体等外部保管) rather than its number (委託事項4).
            slotWords = [.. slotWords.Where(_files.Contains).DefaultIfEmpty(titled.File).OfType<string>(), titled.Label];
        }

        var english = EnglishWords().IsMatch(text);
        var intent = Intent(text, names, date, role, slotWords);
        if (intent is QuestionIntent.Entity or QuestionIntent.Unknown && date is null && role is not null && (slotWords.Count > 0 || (names.Count == 0 && IsAskedAsAHeading(role)))
            && !AsksWhen().IsMatch(text))
        {
            // 「…の委託先はどこか」 with no day: what the item holds now.
            (intent, date) = (QuestionIntent.ValueAsOf, Today(english));
        }

        Slots.Slot? slot = null;
        IReadOnlyList<Slots.Slot> headedSlots = [];
        if (intent is QuestionIntent.Entity or QuestionIntent.Unknown && role is null && slotWords.Count == 0
            && _titles.Headings(comparable, organisation) is { Count: > 0 } headed && (!AsksWhen().IsMatch(text) || SlotTitles.HoldsADate(headed[0])))
        {
            // 「第三者点検の実施日はいつか」: an item named by the words of its heading; いつ asks its value when it is a day. With
            // several municipalities and none named, the item of each.
            (intent, date) = (QuestionIntent.ValueAsOf, date ?? Today(english));
            (slot, headedSlots) = headed.Count == 1 ? (headed[0], headed) : (null, headed);
        }

        return new ParsedQuestion(text, intent, names, date, role, slotWords, english)
        {
            Slot = slot,
            Provisions = Provisions(text),
            Organisation = organisation,
            Files = files,
            HeadingSlots = headedSlots,
            UnreadDate = date is null ? DateFinder.Unread(text) : null,
        };
    }

    /// <summary>「令和3年度より前の…」「…以前の」: the day before the period, so a change made in it is not yet in effect.</summary>
    private static Documents.Dates.DateSpan? Before(string text, Documents.Dates.DateSpan? date)
    {
        if (date is null || date.From == DateOnly.MinValue)
        {
            return date;
        }

        var at = text.IndexOf(date.Raw, StringComparison.Ordinal);
        if (at < 0 || !EarlierThan().IsMatch(text.AsSpan(at + date.Raw.Length).ToString()))
        {
            return date;
        }

        var day = date.From.AddDays(-1);
        return new Documents.Dates.DateSpan(date.Raw + "より前", day, day);
    }

    [GeneratedRegex(@"^\s*(?:より前|以前|の前|前の|より以前)")]
    private static partial Regex EarlierThan();

    /// <summary>
    /// The question with each lone surrogate (half of a character, as a cut string or a bad client sends) replaced
    /// by U+FFFD: Unicode normalisation, used throughout, refuses such text.
    /// </summary>
    private static string WholeCodePoints(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            sb.Append(rune.ToString());
        }

        return sb.ToString();
    }

    /// <summary>第19条第7号 and a later bare 第8号 (of the same article), with kanji numerals as digits.</summary>
    private static List<string> Provisions(string text)
    {
        var provisions = new List<string>();
        string? article = null;
        foreach (Match match in Provision().Matches(Text.KanjiNumerals.Canonical(text.Normalize(System.Text.NormalizationForm.FormKC))))
        {
            if (match.Length == 0)
            {
                continue;
            }

            if (match.Groups["a"].Success)
            {
                article = $"第{match.Groups["a"].Value}条{match.Groups["sub"].Value}";
            }

            if (article is not null)
            {
                provisions.Add(article + (match.Groups["p"].Success ? $"第{match.Groups["p"].Value}項" : string.Empty) + (match.Groups["i"].Success ? $"第{match.Groups["i"].Value}号" : string.Empty));
            }
        }

        return provisions;
    }

    private static QuestionIntent Intent(string text, List<SpottedName> names, Documents.Dates.DateSpan? date, string? role, List<string> slotWords)
    {
        if (SinceWhen().IsMatch(text) && names.Count > 0)
        {
            return QuestionIntent.SinceWhen;
        }

        var when = AsksWhen().IsMatch(text);
        if (!when && names.Count > 0 && IsRenameAsked().IsMatch(text))
        {
            return QuestionIntent.IsRename;
        }

        var added = AddedWord().IsMatch(text);
        var removed = RemovedWord().IsMatch(text);
        var numbered = slotWords.Any(w => NumberedLabel().IsMatch(w));
        if (!when && (added || removed) && date is not null && !(numbered && role is not null) && !AsOfDay().IsMatch(text))
        {
            // 「令和元年度に追加された委託事項は(何件)?」: what the changes added, counted, not what was in force. Not 「…時点で、追加された
            // 委託事項4の委託先は」, which asks a value.
            return QuestionIntent.WhatAdded;
        }

        // 件数 asks a count unless an item is named whose value is one (委託事項2の対象件数).
        if (!when && HowMany().Match(text) is { Success: true } count && (count.Value is not ("件数" or "number of") || slotWords.All(w => !NumberedLabel().IsMatch(w))))
        {
            return QuestionIntent.HowMany;
        }

        if (when && NoLongerPlaceholder().IsMatch(text) && slotWords.Count > 0)
        {
            return QuestionIntent.WhenAdded; // 「委託先が未定でなくなったのはいつ」: when it was decided
        }

        if (when && (added || removed) && (names.Count > 0 || slotWords.Count > 0))
        {
            // The word nearer the end decides: 「追加された委託事項が削除されたのはいつ」 asks the removal.
            return removed && (!added || RemovedWord().Matches(text)[^1].Index > AddedWord().Matches(text)[^1].Index) ? QuestionIntent.WhenRemoved : QuestionIntent.WhenAdded;
        }

        if (date is null ? ExcelSerial().IsMatch(text.Normalize(System.Text.NormalizationForm.FormKC)) && (when || WhatIs().IsMatch(text)) : WhatDay().IsMatch(text))
        {
            return QuestionIntent.WhatDate;
        }

        if (WhenRenamed().IsMatch(text) && names.Count > 0)
        {
            return QuestionIntent.WhenRenamed;
        }

        if (FormerName().IsMatch(text) && names.Count > 0)
        {
            return QuestionIntent.FormerName;
        }

        if (CurrentName().IsMatch(text) && names.Count > 0)
        {
            return QuestionIntent.CurrentName;
        }

        if (date is not null && (role is not null || slotWords.Count > 0))
        {
            return QuestionIntent.ValueAsOf;
        }

        if (History().IsMatch(text) && (names.Count > 0 || role is not null))
        {
            return QuestionIntent.History;
        }

        return names.Count > 0 ? QuestionIntent.Entity : QuestionIntent.Unknown;
    }

    /// <summary>A role that names one item by itself (担当部署 of the evaluating body), not a kind of value found in many items.</summary>
    private static bool IsAskedAsAHeading(string role) => role == "担当部署";

    /// <summary>Today, as a question without a day means it: 現在 (now).</summary>
    private static Documents.Dates.DateSpan Today(bool english)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        return new Documents.Dates.DateSpan(english ? "today" : "現在", today, today);
    }

    [GeneratedRegex(@"いつ|何時|何年|when", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhen();

    /// <summary>Asks whether a change was a rename: 名称変更ですか, 同じ会社ですか, is it a rename.</summary>
    [GeneratedRegex(
        @"(?:名称変更|名前の変更|名称の変更|題名の変更|題名変更|改称|改名|改題|社名変更|商号変更|(?:名称|名前|社名|商号|名)が変わった(?:だけ)?)(?:なの)?(?:です|でしょう)?か|" +
        @"(?:名称|名前|社名|商号|名)が変わった(?:だけ|のみ)[^。?？]{0,20}(?:です|でしょう|ます)?か|" +
        @"(?:同じ|同一の?|別の|違う)(?:会社|組織|部署|課|もの|法律|法令|条例|システム|書類|事業者)(?:なの)?(?:です|でしょう)?か|" +
        @"\b(?:is|was)\s+(?:it|this|that|the change)\s+(?:just\s+|only\s+|really\s+)?a\s+(?:rename|renaming|name change)\b|" +
        @"\b(?:the\s+)?same\s+(?:company|department|organi[sz]ation|unit|law|system|document)\b|\bjust\s+renamed\b|\ba\s+different\s+(?:company|department)\b|" +
        @"^\s*(?:is|was)\b.*\ba\s+(?:rename|renaming|name\s+change)\s*\??\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex IsRenameAsked();

    [GeneratedRegex(@"(?:未定|調整中|検討中|選定中|未確定)(?:で|では)なくな")]
    private static partial Regex NoLongerPlaceholder();

    [GeneratedRegex(@"時点|現在の|as of|on the day", RegexOptions.IgnoreCase)]
    private static partial Regex AsOfDay();

    /// <summary>Asks a count: 何件, 件数, いくつ, how many.</summary>
    [GeneratedRegex(@"何件|件数|いくつ|幾つ|何か所|何箇所|何カ所|how many|number of", RegexOptions.IgnoreCase)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"追加|新設|新たに|新しく|加わ|加えら|設けられ|決まっ|決定し|増減|\b(?:added|introduced|created)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex AddedWord();

    [GeneratedRegex(@"削除|廃止|なくな|無くな|外れ|外さ|除か|除外|取り消|取消|\b(?:removed|deleted|dropped|abolished|discontinued)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex RemovedWord();

    /// <summary>An Excel day number (1955-01-01 to 2119-07-16) written alone in the question: 43921.</summary>
    [GeneratedRegex(@"(?<![0-9０-９.,\-−－])[2-7][0-9０-９]{4}(?![0-9０-９.,年件])")]
    internal static partial Regex ExcelSerial();

    [GeneratedRegex(@"何|どういう|とは|って|意味|\bwhat\b|\bmean", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIs();

    /// <summary>Asks what a day is: 何の日, 何があった, what happened on.</summary>
    [GeneratedRegex(
        @"何の日|何の日付|何があ|何が行われ|何をした|何を表|何の日程|何の期日|とはどの|の日付は何|what happened|what (?:is|was) (?:on|the date)|what does .* (?:mean|refer)|" +
        @"^\s*what\s+(?:is|was)\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)",
        RegexOptions.IgnoreCase)]
    private static partial Regex WhatDay();

    [GeneratedRegex(@"いつから|何時から|何年から|since when|since what|how long|since", RegexOptions.IgnoreCase)]
    private static partial Regex SinceWhen();

    [GeneratedRegex(
        @"いつ.*(?:なった|なりました|変わった|変わりました|変更|改称|改名)|(?:なった|変わった|改称|改名|変更された|改められた)の?は?いつ|いつ.*改め|" +
        @"when\s+(?:did|was|were)\b.*\b(?:become|renamed|change|changed)|when\b.*\brenamed|\brenamed\s+(?:to|as)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex WhenRenamed();

    [GeneratedRegex(
        @"旧名|旧称|旧名称|旧題|以前の名|(?<!名)前の名|元の名|もとの名|かつての名|改称前|以前は?何|(?<!名)前は何|(?<!名)前の(?:書類|システム|会社|法律|条例|部署|課)|" +
        @"former (?:name|title)|old (?:name|title)|previous (?:name|title)|formerly|called before|earlier name|before it was called",
        RegexOptions.IgnoreCase)]
    private static partial Regex FormerName();

    [GeneratedRegex(
        @"現在の名|今の名|新しい名|新名称|現名称|改称後|その後.*何という|後の名|後継|見出しは.*(?:どうなり|どう変わ|どのように変わ)|" +
        @"(?:今|現在)は何という|何に(?:置き換わ|置き換え|替わ|代わ|変わ|なり|なっ)|何という[^。?？]{0,8}に(?:替わ|代わ|変わ|なり|なっ|改め)|" +
        @"どのような[^。?？]{0,12}に(?:替わ|代わ|変わ|なり|なっ)|どうなりましたか|どうなったか|" +
        @"current name|new name|called now|now called|later name|what (?:is|was) it called (?:now|later)",
        RegexOptions.IgnoreCase)]
    private static partial Regex CurrentName();

    [GeneratedRegex(@"変遷|履歴|経緯|移り変わり|推移|歴史|歴代|これまで(?:に|の)?.*変わ|どう変わ(?:って)?き|どのように変わ(?:って)?き|history|changes|timeline|over time", RegexOptions.IgnoreCase)]
    private static partial Regex History();

    [GeneratedRegex(@"(?:第(?<a>\d+)条(?<sub>(?:の\d+)*))?(?:第(?<p>\d+)項)?(?:第(?<i>\d+)号)?(?<=[条項号])")]
    private static partial Regex Provision();

    [GeneratedRegex(@"(?:委託事項|提供先|移転先|再委託先|システム|リスク)\d{1,2}")]
    private static partial Regex NumberedLabel();

    [GeneratedRegex(@"\b(?:when|what|who|which|since|was|were|is|are|the|of|how|many|there|did|does|history|former|old|name|contractor|become|renamed|as of|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();

    /// <summary>An entrusted item named in English: entrustment item 4, outsourcing item 4, outsourced task 4.</summary>
    [GeneratedRegex(@"\b(?:entrustment|outsourc(?:ing|ed))\s+(?:item|task|matter)\s*(?<n>\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishLabel();
}
