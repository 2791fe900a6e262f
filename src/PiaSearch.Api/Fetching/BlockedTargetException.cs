namespace PiaSearch.Api.Fetching;

/// <summary>A connection was refused before it was made, because its address is not public (see <see cref="TargetAddressPolicy"/>).</summary>
public sealed class BlockedTargetException(string message) : Exception(message);
