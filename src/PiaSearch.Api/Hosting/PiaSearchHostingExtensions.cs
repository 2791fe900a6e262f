using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using PiaSearch.Api.Endpoints;
using PiaSearch.Api.Fetching;
using PiaSearch.Api.Jobs;
using PiaSearch.Api.Observability;
using PiaSearch.CrossReference.Model;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Html;
using PiaSearch.Documents.Readers;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Dictionary;
using PiaSearch.Search.Analysis;
using PiaSearch.Search.Catalog;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;
using PiaSearch.Search.Ingest;
using PiaSearch.Search.Expansion;
using PiaSearch.Search.Querying;

namespace PiaSearch.Api.Hosting;

/// <summary>Service registration and the request pipeline of the API.</summary>
public static class PiaSearchHostingExtensions
{
    /// <summary>The CORS policy of the read-only API that embedded widgets call.</summary>
    public const string EmbedCorsPolicy = "embed";

    public static WebApplicationBuilder AddPiaSearch(this WebApplicationBuilder builder)
    {
        builder.ConfigurePiaKestrelLimits();
        var services = builder.Services;
        services.AddPiaProtection(builder.Configuration);
        services.AddPiaObservability();
        services.AddOptions<IndexOptions>()
            .Bind(builder.Configuration.GetSection(IndexOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<EmbedOptions>()
            .Bind(builder.Configuration.GetSection(EmbedOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AdminOptions>().Bind(builder.Configuration.GetSection(AdminOptions.SectionName));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<EmbedOptions>>((cors, embed) =>
            cors.AddPolicy(EmbedCorsPolicy, policy => policy
                .WithOrigins([.. embed.Value.AllowedOrigins.Select(o => o.TrimEnd('/'))])
                .WithMethods("GET")
                .AllowAnyHeader()));

        services.AddOptions<MorphologyOptions>().Bind(builder.Configuration.GetSection(MorphologyOptions.SectionName));
        services.AddSingleton<IndexPaths>();

        // The dictionary is loaded once (a few hundred ms) and shared: it is immutable and thread-safe.
        services.AddSingleton(_ => MorphologyDictionary.LoadEmbedded());
        services.AddSingleton(sp => JapaneseMorphology.Create(sp.GetRequiredService<MorphologyDictionary>(), sp.GetRequiredService<IndexPaths>().UserDictionary));
        services.AddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<IndexStore>>();
            var retry = IndexOpening.RetryPipeline(sp.GetRequiredService<TimeProvider>(), onRetry: message => IndexStoreLog.OpenRetry(logger, message));
            return IndexOpening.Open(sp.GetRequiredService<IndexPaths>().Index, sp.GetRequiredService<MorphologicalAnalyzer>(), retry, logger, repairDamaged: true);
        });
        // Opened after the index: only the process holding the index's writer lock writes the store.
        services.AddSingleton(sp =>
        {
            _ = sp.GetRequiredService<IndexStore>();
            var store = DocumentStore.Open(sp.GetRequiredService<IndexPaths>().Documents, sp.GetRequiredService<ILogger<DocumentStore>>());

            // ASP.NET buffers large multipart uploads to ASPNETCORE_TEMP (else the system temp folder), where a kill -9
            // would leave them for good: point it at the store's temp folder, which is swept when the store opens.
            // Read once by ASP.NET on the first buffered form, so set before any upload can arrive.
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_TEMP")))
            {
                Environment.SetEnvironmentVariable("ASPNETCORE_TEMP", store.TempPath);
            }

            return store;
        });
        services.AddSingleton<IndexMaintenance>();
        services.AddSingleton<HtmlCellConverter>();
        services.AddSingleton<ChangeLogParser>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ChangeLogIngestor>(sp => new ChangeLogIngestor(
            sp.GetRequiredService<IndexStore>(),
            sp.GetRequiredService<ChangeLogParser>(),
            sp.GetRequiredService<ILogger<ChangeLogIngestor>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DocumentStore>(),
            builder.Configuration.GetSection("Documents").Get<DocumentReadOptions>() ?? DocumentReadOptions.Default));
        services.AddSingleton<DocumentIngestService>();
        // The model is built in the background while searches are answered: it leaves them one core.
        services.AddSingleton(sp => new CrossReferenceBuilder(logger: sp.GetRequiredService<ILogger<CrossReferenceBuilder>>())
        {
            Parallelism = Math.Max(1, Environment.ProcessorCount - 1),
        });
        // CrossReference:EagerRows: up to this many rows the model is built after each commit and waited for; above, requests get 503 while it is built.
        var eagerRows = builder.Configuration.GetValue("CrossReference:EagerRows", CrossReferenceIndex.EagerRows);
        services.AddSingleton(sp => new CrossReferenceIndex(
            sp.GetRequiredService<IndexStore>(),
            sp.GetRequiredService<CrossReferenceBuilder>(),
            sp.GetRequiredService<ILogger<CrossReferenceIndex>>()) { EagerRowLimit = eagerRows });
        services.AddOptions<FetchOptions>()
            .Bind(builder.Configuration.GetSection(FetchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(ChangeLogFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedHttpHandler.Create(sp.GetRequiredService<IOptions<FetchOptions>>().Value.AllowPrivateNetworks));
        services.AddSingleton<ChangeLogFetcher>();
        // Search:ResultCacheEntries recent results are kept until the next commit (0 turns the cache off).
        var cacheEntries = builder.Configuration.GetValue("Search:ResultCacheEntries", ChangeLogSearchService.DefaultCacheCapacity);
        // Search:SynonymsPath: the editable synonyms file (Solr format), read again when it changes; empty for none.
        var synonymsPath = builder.Configuration.GetValue<string>("Search:SynonymsPath");
        services.AddSingleton(sp => new SynonymFile(
            string.IsNullOrWhiteSpace(synonymsPath) ? null : Path.GetFullPath(synonymsPath, sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            sp.GetRequiredService<ILogger<SynonymFile>>()));
        services.AddSingleton(sp =>
        {
            var crossReference = sp.GetRequiredService<CrossReferenceIndex>();
            return new ChangeLogSearchService(sp.GetRequiredService<IndexStore>(), cacheEntries)
            {
                Expander = new ModelQueryExpander(crossReference.UnderstandingNow, sp.GetRequiredService<SynonymFile>()),
            };
        });
        services.AddSingleton<SearchInputValidator>();
        services.AddSingleton<IndexReadiness>();
        services.AddHostedService<IndexBootstrapper>();
        services.AddSingleton<AdminJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<AdminJobRunner>());

        services.AddProblemDetails();
        // A typed parameter that cannot be bound (size=ten) throws, so that CountingExceptionHandler can name it in a
        // ValidationProblem with the validators' wording instead of the framework's bare 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("index");
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PiaSearch API リファレンス / API reference";
            document.Info.Description = ApiDocumentation.Description;
            return Task.CompletedTask;
        }).AddOperationTransformer<QueryParameterDocumentation>());
        services.ConfigureHttpJsonOptions(options =>
        {
            // Japanese stays readable in responses; HTML-sensitive characters are still escaped.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        return builder;
    }

    public static WebApplication UsePiaSearch(this WebApplication app)
    {
        app.UseRequestIds();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseRequestTimeouts();

        // Open the index now so a locked or unreadable index stops start-up with a clear message.
        _ = app.Services.GetRequiredService<IndexStore>();
        _ = app.Services.GetRequiredService<IOptions<IndexOptions>>().Value;
        // Instruments exist before the first request, so no measurement is recorded before /metrics listens.
        _ = app.Services.GetRequiredService<PiaMetrics>();

        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "PiaSearch API v1");
            options.RoutePrefix = "docs";
            options.DocumentTitle = "PiaSearch API リファレンス / API reference";
        });

        app.MapSearchEndpoints().RequireCors(EmbedCorsPolicy);
        app.MapExportEndpoints();
        app.MapFeedEndpoints().RequireCors(EmbedCorsPolicy);
        app.MapCrossReferenceEndpoints().RequireCors(EmbedCorsPolicy);
        app.MapSuggestEndpoints().RequireCors(EmbedCorsPolicy);
        app.MapAdminEndpoints();
        app.MapDocumentEndpoints(app.Services.GetRequiredService<IOptions<FetchOptions>>().Value.MaxBytes);
        app.MapSiteEndpoints();
        // Degraded is the index being built: not ready for traffic, so 503 like Unhealthy.
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapPiaMetrics();
        return app;
    }
}
