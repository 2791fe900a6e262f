using System.Security;

namespace PiaSearch.Api.Endpoints;

/// <summary>What browsers ask for besides pages: the OpenSearch description. (/embed/ is a static page.)</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/opensearch.xml", OpenSearch).ExcludeFromDescription();
        return routes;
    }

    /// <summary>Lets a browser add PiaSearch as a search engine, with suggestions as you type.</summary>
    public static IResult OpenSearch(HttpRequest request)
    {
        var origin = SecurityElement.Escape($"{request.Scheme}://{request.Host}");
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
              <ShortName>PiaSearch</ShortName>
              <Description>特定個人情報保護評価書の変更箇所を検索 / Search privacy-impact-assessment change logs</Description>
              <InputEncoding>UTF-8</InputEncoding>
              <Language>ja</Language>
              <Url type="text/html" method="get" template="{origin}/?q={"{searchTerms}"}"/>
              <Url type="application/x-suggestions+json" method="get" template="{origin}/api/suggest?format=opensearch&amp;q={"{searchTerms}"}"/>
              <Url type="application/opensearchdescription+xml" rel="self" template="{origin}/opensearch.xml"/>
              <moz:SearchForm>{origin}/</moz:SearchForm>
            </OpenSearchDescription>
            """;
        return Results.Text(xml, "application/opensearchdescription+xml; charset=utf-8");
    }
}
