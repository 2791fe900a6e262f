using PiaSearch.CrossReference.Successions;

namespace PiaSearch.CrossReference.Evaluation;

/// <summary>A succession a person found by reading a change log: the line, type, kind and the names as written.</summary>
public sealed record LabelledSuccession(int Line, EntityType Type, SuccessionKind Kind, string Before, string After, string Note);
