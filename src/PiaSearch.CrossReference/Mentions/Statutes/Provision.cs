namespace PiaSearch.CrossReference.Mentions.Statutes;

/// <summary>A provision cited after a law name: its span, canonical text (第19条第8号, 別表第2の74の項) and caption.</summary>
internal sealed record Provision(int Start, int End, string Text, string? Caption);
