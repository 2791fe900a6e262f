using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using PiaSearch.Api.Contracts;
using PiaSearch.Api.Fetching;
using PiaSearch.Api.Validation;
using PiaSearch.Search.Catalog;

namespace PiaSearch.Api.Endpoints;

/// <summary>Reads the three ways POST /api/documents accepts a change log: multipart file, raw body, or JSON with a sourceUrl.</summary>
public static class DocumentUploadReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<DocumentUpload> ReadAsync(HttpRequest request, ChangeLogFetcher fetcher, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType ?? string.Empty;
        if (request.HasFormContentType)
        {
            return await ReadFormAsync(request, cancellationToken);
        }

        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadSourceUrlAsync(request, fetcher, cancellationToken);
        }

        if (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
        {
            var id = request.Query["id"].ToString();
            var metadata = new DocumentMetadata(NullIfEmpty(request.Query["municipality"]), NullIfEmpty(request.Query["evaluation"]));
            return CheckId(id) is { } errors
                ? Invalid(errors)
                : new DocumentUpload(request.Body, id, "upload", metadata);
        }

        return Invalid(new()
        {
            ["content-type"] =
            [
                "multipart/form-data、text/tab-separated-values、application/json のいずれかで送ってください。" +
                "Send multipart/form-data, a text/tab-separated-values body, or JSON with a sourceUrl.",
            ],
        });
    }

    private static async Task<DocumentUpload> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && ex is not BadHttpRequestException))
        {
            // A multipart body that ends before its closing boundary surfaces as a plain IOException.
            return Invalid(new() { ["file"] = [$"フォームを読めません。The form could not be read: {ex.Message}"] });
        }

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return Invalid(new() { ["file"] = ["ファイル (file) がありません。Attach the change log as the form field 'file'."] });
        }

        var id = NullIfEmpty(form["id"]) ?? Path.GetFileNameWithoutExtension(file.FileName);
        var metadata = new DocumentMetadata(NullIfEmpty(form["municipality"]), NullIfEmpty(form["evaluation"]));
        return CheckId(id) is { } errors
            ? Invalid(errors)
            : new DocumentUpload(file.OpenReadStream(), id, $"upload:{Path.GetFileName(file.FileName)}", metadata);
    }

    private static async Task<DocumentUpload> ReadSourceUrlAsync(HttpRequest request, ChangeLogFetcher fetcher, CancellationToken cancellationToken)
    {
        AddDocumentRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<AddDocumentRequest>(request.Body, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Invalid(new() { ["body"] = [$"JSON として読めません。The body is not valid JSON: {ex.Message}"] });
        }

        if (!Uri.TryCreate(body?.SourceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return Invalid(new() { ["sourceUrl"] = ["sourceUrl には http または https の URL を指定してください。sourceUrl must be an http or https URL."] });
        }

        var id = body!.Id ?? Path.GetFileNameWithoutExtension(url.AbsolutePath);
        if (CheckId(id) is { } errors)
        {
            return Invalid(errors);
        }

        try
        {
            var content = await fetcher.FetchAsync(url, cancellationToken);
            return new DocumentUpload(content, id, DocumentSources.WithoutUserInfo(url.ToString()), new DocumentMetadata(body.Municipality, body.Evaluation));
        }
        catch (FetchFailedException ex) when (ex.IsRefusal)
        {
            return Invalid(new() { ["sourceUrl"] = [ex.Message] });
        }
        catch (FetchFailedException ex)
        {
            return new DocumentUpload(null, id, DocumentSources.WithoutUserInfo(url.ToString()), DocumentMetadata.None, Failure: ex.Message);
        }
    }

    private static Dictionary<string, string[]>? CheckId(string? id) =>
        DocumentIds.IsValid(id) && IdScript.IsValid(id) ? null
        : DocumentIds.IsValid(id) ? new() { ["id"] = [IdScript.Message(id)] }
        : new() { ["id"] = [$"文書 ID '{id}' は使えません (英数字・かな漢字・-_. で {DocumentIds.MaxLength} 文字まで)。The id must be letters, digits, '-', '_' or '.', at most {DocumentIds.MaxLength} characters."] };

    private static DocumentUpload Invalid(Dictionary<string, string[]> errors) => new(null, null, null, DocumentMetadata.None, errors);

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString().Trim();
}
