namespace PiaSearch.Api.Validation;

/// <summary>
/// A text parameter that takes an enum's members by name in any case (sort=newest). The framework's own enum binding
/// is case-sensitive, so such parameters are bound as text and checked by <see cref="PiaSearch.Search.Validation.InputErrors"/>;
/// this attribute lets the OpenAPI document list the values.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ChoicesAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}
