using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PiaSearch.Morphology;
using PiaSearch.Morphology.Tokens;
using PiaSearch.Search.Analysis.TokenAttributes;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// Lucene's view of <see cref="MorphologicalAnalyzer"/>: one Lucene token per morpheme, with offsets (corrected
/// through any char filter in front), position increment and length (a compound stacked over its parts has
/// increment 0 and spans them), type (the part-of-speech tag) and the part of speech, base form and reading.
/// As Kuromoji does by default, tokens made only of punctuation and symbols are dropped.
/// </summary>
public sealed class JapaneseTokenizer : Tokenizer
{
    private readonly MorphologicalAnalyzer _analyzer;
    private readonly TokenizeMode _mode;
    private readonly bool _outputCompounds;
    private readonly bool _discardPunctuation;
    private readonly List<MorphToken> _tokens = [];
    private readonly StringBuilder _text = new();
    private readonly char[] _readBuffer = new char[4096];
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private readonly ITypeAttribute _type;
    private readonly IPartOfSpeechAttribute _partOfSpeech;
    private readonly IBaseFormAttribute _baseForm;
    private readonly IReadingAttribute _reading;
    private int _next;
    private int _pendingIncrement;
    private int _end;

    /// <param name="outputCompounds">In search mode, whether the whole compound is emitted above its parts
    /// (true for indexing; false for queries, which then match the parts in sequence).</param>
    public JapaneseTokenizer(TextReader input, MorphologicalAnalyzer analyzer, TokenizeMode mode, bool outputCompounds = true, bool discardPunctuation = true)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
        _mode = mode;
        _outputCompounds = outputCompounds;
        _discardPunctuation = discardPunctuation;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _partOfSpeech = AddAttribute<IPartOfSpeechAttribute>();
        _baseForm = AddAttribute<IBaseFormAttribute>();
        _reading = AddAttribute<IReadingAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        var text = ReadAll(m_input);
        _tokens.Clear();
        _analyzer.Tokenize(text, _mode, _tokens);
        _next = 0;
        _pendingIncrement = 0;
        _end = CorrectOffset(text.Length);
    }

    public override bool IncrementToken()
    {
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next++];
            if ((token.PositionIncrement == 0 && !_outputCompounds) || (_discardPunctuation && IsPunctuation(token.Surface)))
            {
                // A dropped token still advances the position, so phrases do not jump over it.
                _pendingIncrement += token.PositionIncrement;
                continue;
            }

            ClearAttributes();
            _term.SetEmpty().Append(token.Surface);
            _offset.SetOffset(CorrectOffset(token.Start), m_input is NormalizingCharFilter normalizer ? normalizer.CorrectEndOffset(token.End) : CorrectOffset(token.End));
            _increment.PositionIncrement = token.PositionIncrement + (token.PositionIncrement > 0 ? _pendingIncrement : 0);
            _length.PositionLength = _outputCompounds ? token.PositionLength : 1;
            _type.Type = token.PartOfSpeech.Tag;
            _partOfSpeech.PartOfSpeech = token.PartOfSpeech;
            _baseForm.BaseForm = token.BaseForm;
            _reading.Reading = token.Reading;
            _reading.Pronunciation = token.Pronunciation;
            if (token.PositionIncrement > 0)
            {
                _pendingIncrement = 0;
            }

            return true;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement = _pendingIncrement;
        _offset.SetOffset(_end, _end);
    }

    /// <summary>
    /// The whole input. The normalising filter hands over its text as it is; other readers are read through a buffer
    /// this tokenizer keeps (Lucene's char filters signal the end with -1, which TextReader.ReadToEnd does not expect).
    /// </summary>
    private string ReadAll(TextReader reader)
    {
        if (reader is NormalizingCharFilter normalizer)
        {
            return normalizer.ReadToEnd();
        }

        _text.Clear();
        int read;
        while ((read = reader.Read(_readBuffer, 0, _readBuffer.Length)) > 0)
        {
            _text.Append(_readBuffer, 0, read);
        }

        return _text.ToString();
    }

    private static bool IsPunctuation(string surface)
    {
        for (var i = 0; i < surface.Length; i++)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(surface, i))
            {
                case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                    or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.DashPunctuation
                    or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.ConnectorPunctuation
                    or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
                    or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation:
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }
}
