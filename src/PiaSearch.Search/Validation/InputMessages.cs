namespace PiaSearch.Search.Validation;

/// <summary>
/// The one catalogue of the messages a mistaken request gets, each in Japanese then English. Every validator (the
/// search parameters, the cross-reference parameters, the API's binding of typed parameters, the command line)
/// takes its wording from here, so the same mistake reads the same everywhere.
/// </summary>
public static class InputMessages
{
    /// <summary>The title of a 400 answer listing the mistakes.</summary>
    public const string InvalidTitle = "条件が正しくありません / The request is not valid";

    /// <summary>The title of a 400 answer to a search.</summary>
    public const string InvalidSearchTitle = "検索条件が正しくありません / The search request is not valid";

    public static string Required(string name) => $"{name} を入力してください。Enter {name}.";

    /// <summary>A typed parameter given with no value (size=): the value or the whole parameter is wanted.</summary>
    public static string Empty(string name) =>
        $"{name} が空です。値を指定するか、{name}= ごと省いてください。{name} is empty; give it a value or leave {name}= out.";

    public static string QueryRequired => "検索語 (q) を入力してください。Enter something to search for (q).";

    public static string TooLong(string name, int length, int max) =>
        $"{name} が長すぎます ({length:N0} 文字、上限 {max:N0} 文字)。{name} is {length:N0} characters long; at most {max:N0} are allowed.";

    /// <summary>A number outside its range, or text that is not a whole number.</summary>
    public static string WholeNumber(string name, string? text, int min, int max) => max == int.MaxValue
        ? $"{name} は {min} 以上の整数で指定してください。'{text}' is not allowed: {name} must be a whole number from {min}."
        : $"{name} は {min}〜{max:N0} の整数で指定してください。'{text}' is not allowed: {name} must be a whole number from {min} to {max:N0}.";

    public static string Date(string name, string? text) =>
        $"{name} '{text}' は日付として読めません。2021-04-01 のように yyyy-mm-dd で指定してください。{name} must be a date written yyyy-mm-dd, such as 2021-04-01.";

    public static string DateOrder(DateOnly from, DateOnly to) =>
        $"from ({from:yyyy-MM-dd}) が to ({to:yyyy-MM-dd}) より後です。from is after to.";

    public static string PageTooDeep(int window) =>
        $"ページが深すぎます。結果は先頭 {window:N0} 件まで表示できます。Only the first {window:N0} results can be paged through; narrow the search instead.";

    /// <summary>A value outside a fixed list (sort=random, kind=merge).</summary>
    public static string OneOf(string name, string? text, IEnumerable<string> choices)
    {
        var list = string.Join("、", choices);
        return $"{name} '{text}' は使えません。{list} のいずれかを指定してください。{name} must be one of: {string.Join(", ", choices)}.";
    }

    /// <summary>A value the index does not hold (file=, chapter=, document=), with the values it does.</summary>
    public static string NotIndexed(string name, string? text, IReadOnlyCollection<string> known)
    {
        var choices = Choices(known);
        return $"{name} '{text}' は索引にありません。使える値: {choices}。Unknown {name}; the index has: {choices}.";
    }

    public static string UnknownMunicipality(string? text, IReadOnlyCollection<string> known)
    {
        var choices = Choices(known);
        return $"自治体 '{text}' の変更箇所一覧は索引にありません。使える値: {choices}。No change log of municipality '{text}' is indexed; the index has: {choices}.";
    }

    public static string UnknownEntity(string? text) =>
        $"実体 '{text}' は索引にありません。/api/entities?q=… で ID を探してください。Unknown entity '{text}'; find its id with /api/entities?q=….";

    public static string NoEntityFilter => "ここでは実体で絞り込めません。This search cannot filter by entity.";

    public static string NoEntityTypeFilter => "ここでは名称の種類で絞り込めません。This search cannot filter by entity type.";

    /// <summary>At most the first 20 known values, or (なし none).</summary>
    private static string Choices(IReadOnlyCollection<string> known) =>
        known.Count == 0 ? "(なし none)" : string.Join("、", known.Take(20)) + (known.Count > 20 ? "…" : string.Empty);
}
