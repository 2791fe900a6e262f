using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Questions;

/// <summary>A name of an entity found in a question, where it was, and which of the entity's names it is.</summary>
public sealed record SpottedName(Entity Entity, string Text, int Start, int Length, int ClusterId)
{
    public int End => Start + Length;
}
