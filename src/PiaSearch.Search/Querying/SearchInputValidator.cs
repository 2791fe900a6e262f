using System.Globalization;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Items;
using PiaSearch.CrossReference;
using PiaSearch.Documents.Text;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// Turns search parameters as typed (query string, command line) into a <see cref="SearchRequest"/>, collecting
/// every mistake with a message in Japanese and English.
/// </summary>
/// <param name="search">Lists the values the filters accept.</param>
/// <param name="crossReference">Resolves entity= to the rows that mention the entity; without it, entity= is refused.</param>
public sealed class SearchInputValidator(ChangeLogSearchService search, CrossReferenceIndex? crossReference = null)
{
    private const int DefaultSize = 20;

    public bool TryValidate(SearchInput parameters, out SearchRequest request, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var q = parameters.Q?.Trim() ?? string.Empty;
        var browsing = !string.IsNullOrWhiteSpace(parameters.Entity) || !string.IsNullOrWhiteSpace(parameters.EntityType);
        if (q.Length == 0 && !browsing)
        {
            Add(errors, "q", "検索語 (q) を入力してください。Enter something to search for (q).");
        }
        else if (q.Length > SearchRequest.MaxQueryLength)
        {
            Add(errors, "q", $"検索語が長すぎます ({q.Length:N0} 文字、上限 {SearchRequest.MaxQueryLength:N0} 文字)。The query is {q.Length:N0} characters long; at most {SearchRequest.MaxQueryLength:N0} are allowed.");
        }

        var page = ParseInt(parameters.Page, "page", 1, 1, int.MaxValue, errors);
        var size = ParseInt(parameters.Size, "size", DefaultSize, 1, SearchRequest.MaxPageSize, errors);
        if (page is { } p && size is { } s && (long)p * s > SearchRequest.MaxResultWindow)
        {
            Add(errors, "page", $"ページが深すぎます。結果は先頭 {SearchRequest.MaxResultWindow:N0} 件まで表示できます。Only the first {SearchRequest.MaxResultWindow:N0} results can be paged through; narrow the search instead.");
        }

        var from = ParseDate(parameters.From, "from", errors);
        var to = ParseDate(parameters.To, "to", errors);
        if (from > to)
        {
            Add(errors, "from", $"from ({from:yyyy-MM-dd}) が to ({to:yyyy-MM-dd}) より後です。from is after to.");
        }

        var file = KnownValue(parameters.File, "file", IndexFields.File, Canonical, errors);
        var chapter = KnownValue(parameters.Chapter, "chapter", IndexFields.Chapter, Canonical, errors);
        var document = KnownValue(parameters.Document, "document", IndexFields.Document, v => v.Trim(), errors);
        var (municipality, municipalityDocuments) = Municipality(parameters.Municipality, errors);
        var (entity, entityRows) = Entity(parameters.Entity, errors);
        var (entityType, typeRows) = EntityTypeRows(parameters.EntityType, errors);
        if (typeRows is not null)
        {
            entityRows = entityRows is null ? typeRows : entityRows.Where(typeRows.Contains).ToList();
        }
        SubmissionTiming? timing = null;
        if (!string.IsNullOrWhiteSpace(parameters.Timing))
        {
            if (SubmissionTimings.TryParse(parameters.Timing, out var t))
            {
                timing = t;
            }
            else
            {
                Add(errors, "timing", $"提出時期 '{parameters.Timing}' は使えません。事前、事後、なし のいずれかを指定してください。timing must be 事前, 事後 or なし.");
            }
        }

        EntryKind? kind = null;
        if (!string.IsNullOrWhiteSpace(parameters.Kind))
        {
            if (EntryKinds.TryParse(parameters.Kind, out var k))
            {
                kind = k;
            }
            else
            {
                Add(errors, "kind", $"種類 '{parameters.Kind}' は使えません。change（変更箇所）か section（評価書の各項目）を指定してください。kind must be change or section.");
            }
        }

        var sort = SearchSort.Relevance;
        if (!string.IsNullOrWhiteSpace(parameters.Sort) && !Enum.TryParse(parameters.Sort.Trim(), ignoreCase: true, out sort))
        {
            Add(errors, "sort", $"並び順 '{parameters.Sort}' は使えません。relevance、newest、oldest のいずれかです。sort must be relevance, newest or oldest.");
        }

        request = new SearchRequest
        {
            Query = q,
            From = from,
            To = to,
            File = file,
            Chapter = chapter,
            Document = document,
            Municipality = municipality,
            Documents = municipalityDocuments,
            Entity = entity,
            EntityType = entityType,
            EntryIds = entityRows,
            Timing = timing,
            Kind = kind,
            Page = page ?? 1,
            Size = size ?? DefaultSize,
            Sort = sort,
        };
        return errors.Count == 0;
    }

    /// <summary>The documents of a municipality, from the catalog (compared without width or spaces).</summary>
    private (string? Name, IReadOnlyCollection<string>? Documents) Municipality(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var documents = search.Catalog.OfMunicipality(value);
        if (documents.Count > 0)
        {
            return (documents[0].Municipality, documents.Select(d => d.Id).ToList());
        }

        var known = search.Catalog.Municipalities;
        var choices = known.Count == 0 ? "(なし none)" : string.Join("、", known.Take(20));
        Add(errors, "municipality", $"自治体 '{value}' の変更箇所一覧は索引にありません。使える値: {choices}。No change log of municipality '{value}' is indexed; the index has: {choices}.");
        return (null, null);
    }

    private static string Canonical(string value) => ItemPathParser.NormalizeKey(value).Replace(" ", string.Empty, StringComparison.Ordinal);

    private (string? Id, IReadOnlyCollection<string>? Rows) Entity(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var id = value.Trim();
        if (crossReference is null)
        {
            Add(errors, "entity", "ここでは実体で絞り込めません。This search cannot filter by entity.");
            return (null, null);
        }

        var model = crossReference.ForRequest();
        if (model.Entity(id) is null)
        {
            Add(errors, "entity", $"実体 '{value}' は索引にありません。/api/entities?q=… で ID を探してください。Unknown entity '{value}'; find its id with /api/entities?q=….");
            return (null, null);
        }

        return (id, model.EntryIdsOf(id));
    }

    /// <summary>The rows that mention any entity of the type (entityType=contractor).</summary>
    private (string? Type, IReadOnlySet<string>? Rows) EntityTypeRows(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        if (!CrossReference.EntityTypes.TryParse(value, out var type))
        {
            Add(errors, "entityType", $"名称の種類 '{value}' は使えません。{CrossReference.EntityTypes.Choices} のいずれかです。entityType must be one of {CrossReference.EntityTypes.Choices}.");
            return (null, null);
        }

        if (crossReference is null)
        {
            Add(errors, "entityType", "ここでは名称の種類で絞り込めません。This search cannot filter by entity type.");
            return (null, null);
        }

        var model = crossReference.ForRequest();
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in model.Lookups.EntitiesOf(type))
        {
            rows.UnionWith(model.EntryIdsOf(entity.Id));
        }

        return (type.Name(), rows);
    }

    private string? KnownValue(string? value, string name, string field, Func<string, string> canonical, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var known = search.KnownValues(field);
        var wanted = canonical(value);
        var match = known.FirstOrDefault(k => string.Equals(canonical(k), wanted, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        var choices = known.Count == 0 ? "(なし none)" : string.Join("、", known.Take(20));
        Add(errors, name, $"{name} '{value}' は索引にありません。使える値: {choices}。Unknown {name}; the index has: {choices}.");
        return null;
    }

    private static int? ParseInt(string? text, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(TextNormalizer.Normalize(text).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        var range = max == int.MaxValue ? $"{min} 以上の整数 (a whole number from {min})" : $"{min}〜{max} の整数 (a whole number from {min} to {max})";
        Add(errors, name, $"{name} は {range} で指定してください。'{text}' is not allowed.");
        return null;
    }

    private static DateOnly? ParseDate(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(errors, name, $"{name} '{text}' は日付として読めません。2021-04-01 のように yyyy-mm-dd で指定してください。{name} must be a date written yyyy-mm-dd, such as 2021-04-01.");
        return null;
    }

    private static void Add(Dictionary<string, string[]> errors, string key, string message) =>
        errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];
}
