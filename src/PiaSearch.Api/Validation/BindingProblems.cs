using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Diagnostics;
using PiaSearch.Search.Validation;

namespace PiaSearch.Api.Validation;

/// <summary>
/// When the framework cannot bind a typed query parameter (size=ten, from=R3) it throws before the handler runs and
/// says only which parameter failed. This reads the request's query string against the handler's declared parameters
/// and words each mistake as the validators do, so a request gets the same 400 ValidationProblem whichever layer
/// caught it. An empty value (expand=, size=) is named too, as empty. O(declared parameters).
/// </summary>
public static class BindingProblems
{
    /// <summary>The mistakes in the request's query string, by parameter name; empty when none is found.</summary>
    public static InputErrors Find(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var errors = new InputErrors();
        // The exception handler clears the endpoint before it runs; the feature keeps the one that failed.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } handler)
        {
            return errors;
        }

        foreach (var parameter in QueryParameter.Of(handler))
        {
            var values = httpContext.Request.Query[parameter.Name];
            if (values.Count == 0 || parameter.ValueType == typeof(string))
            {
                continue;
            }

            // The framework refuses an empty value (size=) for a typed parameter even when it may be left out.
            if (values.All(string.IsNullOrWhiteSpace))
            {
                errors.Add(parameter.Name, InputMessages.Empty(parameter.Name));
                continue;
            }

            var text = values.Count == 1 ? values[0]! : string.Join(",", values.ToArray());
            if (values.Count > 1)
            {
                errors.Add(parameter.Name, $"{parameter.Name} は一度だけ指定してください。Give {parameter.Name} once.");
                continue;
            }

            Check(parameter, text, errors);
        }

        return errors;
    }

    private static void Check(QueryParameter parameter, string text, InputErrors errors)
    {
        var type = parameter.ValueType;
        if (type == typeof(int) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            var min = parameter.Range?.Minimum is int low ? low : int.MinValue;
            var max = parameter.Range?.Maximum is int high ? high : int.MaxValue;
            errors.Add(parameter.Name, InputMessages.WholeNumber(parameter.Name, text, min, max));
        }
        else if (type == typeof(DateOnly) && !DateOnly.TryParse(text, CultureInfo.InvariantCulture, out _))
        {
            errors.Add(parameter.Name, InputMessages.Date(parameter.Name, text));
        }
        else if (type == typeof(bool) && !bool.TryParse(text, out _))
        {
            errors.Add(parameter.Name, InputMessages.OneOf(parameter.Name, text, ["true", "false"]));
        }
    }
}
