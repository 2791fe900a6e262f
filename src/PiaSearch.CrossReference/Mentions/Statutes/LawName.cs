namespace PiaSearch.CrossReference.Mentions.Statutes;

/// <summary>A law name found in a cell, with the parentheses that follow it.</summary>
/// <param name="Start">Start of the name.</param>
/// <param name="NameEnd">End of the name itself.</param>
/// <param name="End">End of the name and its parentheses (promulgation number, definition).</param>
/// <param name="Name">The name, normalised.</param>
/// <param name="OfficialNumber">平成26年11月20日総務省令第85号, when given.</param>
/// <param name="Abbreviation">The abbreviation the text defines for it, when it does.</param>
internal sealed record LawName(int Start, int NameEnd, int End, string Name, string? OfficialNumber, string? Abbreviation);
