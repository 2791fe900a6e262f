using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Items;
using PiaSearch.CrossReference;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Validation;

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
        ArgumentNullException.ThrowIfNull(parameters);
        var input = new InputErrors();
        errors = input.Errors;
        var q = parameters.Q?.Trim() ?? string.Empty;
        var browsing = !string.IsNullOrWhiteSpace(parameters.Entity) || !string.IsNullOrWhiteSpace(parameters.EntityType);
        if (q.Length == 0 && !browsing)
        {
            input.Add("q", InputMessages.QueryRequired);
        }
        else if (TextLength.Exceeds(q, SearchRequest.MaxQueryLength))
        {
            input.Add("q", InputMessages.TooLong("q", TextLength.Of(q), SearchRequest.MaxQueryLength));
        }

        if (parameters.Exclude is { } exclude && TextLength.Exceeds(exclude, SearchRequest.MaxQueryLength))
        {
            input.Add("exclude", InputMessages.TooLong("exclude", TextLength.Of(exclude), SearchRequest.MaxQueryLength));
        }

        var page = input.Range(parameters.Page, "page", 1, 1, int.MaxValue);
        var size = input.Range(parameters.Size, "size", DefaultSize, 1, SearchRequest.MaxPageSize);
        if (page is { } p && size is { } s && (long)p * s > SearchRequest.MaxResultWindow)
        {
            input.Add("page", InputMessages.PageTooDeep(SearchRequest.MaxResultWindow));
        }

        var (from, to) = (parameters.From, parameters.To);
        if (from > to)
        {
            input.Add("from", InputMessages.DateOrder(from.Value, to.Value));
        }

        var file = KnownValue(parameters.File, "file", IndexFields.File, Canonical, input);
        var chapter = KnownValue(parameters.Chapter, "chapter", IndexFields.Chapter, Canonical, input);
        var document = KnownValue(parameters.Document, "document", IndexFields.Document, v => v.Trim(), input);
        var (municipality, municipalityDocuments) = Municipality(parameters.Municipality, input);
        var (entity, entityRows) = Entity(parameters.Entity, input);
        var (entityType, typeRows) = EntityTypeRows(parameters.EntityType, input);
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
                input.Add("timing", InputMessages.OneOf("timing", parameters.Timing, ["事前", "事後", "なし"]));
            }
        }

        var kind = input.Choice<EntryKind>(parameters.Kind, "kind");
        var sort = input.Choice<SearchSort>(parameters.Sort, "sort") ?? SearchSort.Relevance;
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
            Expand = parameters.Expand ?? true,
            Exclude = string.IsNullOrWhiteSpace(parameters.Exclude) ? null : parameters.Exclude.Trim(),
        };
        return input.IsValid;
    }

    /// <summary>The documents of a municipality, from the catalog (compared without width or spaces).</summary>
    private (string? Name, IReadOnlyCollection<string>? Documents) Municipality(string? value, InputErrors errors)
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

        errors.Add("municipality", InputMessages.UnknownMunicipality(value, search.Catalog.Municipalities));
        return (null, null);
    }

    private static string Canonical(string value) => ItemPathParser.NormalizeKey(value).Replace(" ", string.Empty, StringComparison.Ordinal);

    private (string? Id, IReadOnlyCollection<string>? Rows) Entity(string? value, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var id = value.Trim();
        if (crossReference is null)
        {
            errors.Add("entity", InputMessages.NoEntityFilter);
            return (null, null);
        }

        var model = crossReference.ForRequest();
        if (model.Entity(id) is null)
        {
            errors.Add("entity", InputMessages.UnknownEntity(value));
            return (null, null);
        }

        return (id, model.EntryIdsOf(id));
    }

    /// <summary>The rows that mention any entity of the type (entityType=contractor).</summary>
    private (string? Type, IReadOnlySet<string>? Rows) EntityTypeRows(string? value, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        if (!CrossReference.EntityTypes.TryParse(value, out var type))
        {
            errors.Add("entityType", InputMessages.OneOf("entityType", value, CrossReference.EntityTypes.All.Select(t => $"{t.Name()} ({t.JapaneseName()})")));
            return (null, null);
        }

        if (crossReference is null)
        {
            errors.Add("entityType", InputMessages.NoEntityTypeFilter);
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

    private string? KnownValue(string? value, string name, string field, Func<string, string> canonical, InputErrors errors)
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

        errors.Add(name, InputMessages.NotIndexed(name, value, known));
        return null;
    }
}
