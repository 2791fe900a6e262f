using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace PiaSearch.Api.Validation;

/// <summary>A query-string parameter of an endpoint handler, as declared: its name on the wire, its type, its range and its choices.</summary>
public sealed record QueryParameter(string Name, Type Type, RangeAttribute? Range, Type? Choices)
{
    private static readonly ConcurrentDictionary<MethodInfo, IReadOnlyList<QueryParameter>> Cache = new();

    /// <summary>The type without <see cref="Nullable{T}"/>.</summary>
    public Type ValueType => Nullable.GetUnderlyingType(Type) ?? Type;

    /// <summary>
    /// The query parameters a handler declares, directly or through an <see cref="AsParametersAttribute"/> record;
    /// worked out once per handler.
    /// </summary>
    public static IReadOnlyList<QueryParameter> Of(MethodInfo handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Cache.GetOrAdd(handler, static method => [.. method.GetParameters().SelectMany(Declared)]);
    }

    private static IEnumerable<QueryParameter> Declared(ParameterInfo parameter)
    {
        if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
        {
            return parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => (Property: p, Query: p.GetCustomAttribute<FromQueryAttribute>()))
                .Where(p => p.Query is not null)
                .Select(p => new QueryParameter(
                    p.Query!.Name ?? p.Property.Name,
                    p.Property.PropertyType,
                    p.Property.GetCustomAttribute<RangeAttribute>(),
                    p.Property.GetCustomAttribute<ChoicesAttribute>()?.EnumType));
        }

        var query = parameter.GetCustomAttribute<FromQueryAttribute>();
        return query is null
            ? []
            : [new QueryParameter(query.Name ?? parameter.Name!, parameter.ParameterType, parameter.GetCustomAttribute<RangeAttribute>(), parameter.GetCustomAttribute<ChoicesAttribute>()?.EnumType)];
    }
}
