using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using PiaSearch.Api.Endpoints;
using PiaSearch.Api.Hosting.Kestrel;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Html;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Querying;

namespace PiaSearch.Api.Hosting;

/// <summary>Service registration and the request pipeline of the API.</summary>
public static class PiaSearchHostingExtensions
{
    public static WebApplicationBuilder AddPiaSearch(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.UseUtf8RequestTargets()));
        var services = builder.Services;
        services.AddOptions<IndexOptions>()
            .Bind(builder.Configuration.GetSection(IndexOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<MorphologyOptions>().Bind(builder.Configuration.GetSection(MorphologyOptions.SectionName));

        services.AddSingleton<IndexPaths>();

        // The dictionary is loaded once (a few hundred ms) and shared: it is immutable and thread-safe.
        services.AddSingleton(_ => MorphologyDictionary.LoadEmbedded());
        services.AddSingleton(sp => JapaneseMorphology.Create(sp.GetRequiredService<MorphologyDictionary>(), sp.GetRequiredService<IndexPaths>().UserDictionary));
        services.AddSingleton(sp => IndexStore.OpenFolder(sp.GetRequiredService<IndexPaths>().Index, sp.GetRequiredService<MorphologicalAnalyzer>(), sp.GetRequiredService<ILogger<IndexStore>>()));
        services.AddSingleton<HtmlCellConverter>();
        services.AddSingleton<ChangeLogParser>();
        services.AddSingleton<ChangeLogIngestor>();
        services.AddSingleton<ChangeLogSearchService>();
        services.AddSingleton<SearchInputValidator>();
        services.AddSingleton<IndexReadiness>();
        services.AddHostedService<IndexBootstrapper>();

        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("index");
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PiaSearch API";
            document.Info.Description = "特定個人情報保護評価書の変更箇所を検索する API / Search and cross-reference privacy-impact-assessment change logs.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(options =>
        {
            // Japanese stays readable in responses; HTML-sensitive characters are still escaped.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        return builder;
    }

    public static WebApplication UsePiaSearch(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Open the index now so a locked or unreadable index stops start-up with a clear message.
        _ = app.Services.GetRequiredService<IndexStore>();
        _ = app.Services.GetRequiredService<IOptions<IndexOptions>>().Value;

        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "PiaSearch API v1");
            options.RoutePrefix = "docs";
            options.DocumentTitle = "PiaSearch API";
        });

        app.MapSearchEndpoints();
        app.MapHealthChecks("/health");
        app.MapGet("/", () => Results.Redirect("/docs")).ExcludeFromDescription();
        return app;
    }
}
