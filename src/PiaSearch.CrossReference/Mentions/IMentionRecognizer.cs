namespace PiaSearch.CrossReference.Mentions;

/// <summary>Finds the mentions of one kind in a cell.</summary>
internal interface IMentionRecognizer
{
    IEnumerable<Mention> Recognize(RecognitionContext context);
}
