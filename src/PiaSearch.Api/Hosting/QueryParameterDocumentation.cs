using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PiaSearch.Api.Validation;
using PiaSearch.Search.Validation;

namespace PiaSearch.Api.Hosting;

/// <summary>
/// Lists in the OpenAPI document the values a text parameter marked <see cref="ChoicesAttribute"/> takes (sort:
/// relevance, newest, oldest), which the framework cannot see because such parameters are bound as text.
/// </summary>
public sealed class QueryParameterDocumentation : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (handler is null || operation.Parameters is null)
        {
            return Task.CompletedTask;
        }

        foreach (var declared in QueryParameter.Of(handler).Where(p => p.Choices is not null))
        {
            if (operation.Parameters.FirstOrDefault(p => p.Name == declared.Name)?.Schema is OpenApiSchema schema)
            {
                schema.Enum = [.. InputErrors.ChoicesOf(declared.Choices!).Select(c => (JsonNode)JsonValue.Create(c))];
            }
        }

        return Task.CompletedTask;
    }
}
