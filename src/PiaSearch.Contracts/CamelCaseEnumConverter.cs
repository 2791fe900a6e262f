using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiaSearch.Contracts;

/// <summary>
/// Writes and reads an enum as its camel-case name (rename, whenRenamed), whoever serialises the shape: the API, the
/// CLI's JSON output, a test. Named on the property, so the wire format does not depend on each caller's options.
/// </summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
