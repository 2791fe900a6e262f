using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PiaSearch.Documents.Text;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// One pass over the text: normalise (NFKC, PDF spaces between Japanese characters removed), then emit every pair
/// of adjacent characters of a Japanese (CJK, kana, Hangul) run, a lone Japanese character as itself, and every
/// other run of letters and digits as one lower-cased word. Offsets point at the original text.
/// <see cref="SectionSeparator"/> starts a new section at the next multiple of <see cref="SectionSpan"/>
/// positions, so one field can hold several columns and a query can be held to one of them.
/// </summary>
public sealed class BigramTokenizer : Tokenizer
{
    /// <summary>Separates the sections (columns) of a combined field.</summary>
    public const char SectionSeparator = '\u001E';

    /// <summary>
    /// Positions reserved for each section: ten times the longest cell seen in real change logs. Kept small because
    /// Lucene's exact phrase scorer walks every document's positions from 0 in steps of 4,096: with a million per
    /// section, phrases in the later columns cost hundreds of empty steps per matching row. A longer column keeps
    /// its tail at its last position (its words are still found through the words field).
    /// </summary>
    public const int SectionSpan = 1 << 14;

    private const int MaxWordLength = 255;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;

    private NormalizedText _text = new(string.Empty, [0]);
    private int _cursor;
    private int _position;
    private int _section;
    private int _nextSectionStart = -1;

    // The Japanese run being emitted, as char indexes of its code points into the normalised text.
    private readonly List<int> _run = [];
    private int _runIndex;
    private int _runEnd;

    public BigramTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        var source = m_input.ReadToEnd() ?? string.Empty; // Lucene's reusable reader gives null for an empty value
        _text = TextNormalizer.NormalizeWithOffsets(source);
        _cursor = 0;
        _position = -1;
        _section = 0;
        _nextSectionStart = -1;
        _run.Clear();
        _runIndex = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_runIndex < _run.Count)
        {
            EmitFromRun();
            return true;
        }

        var text = _text.Text;
        while (_cursor < text.Length)
        {
            var c = text[_cursor];
            if (c == SectionSeparator)
            {
                _section++;
                _nextSectionStart = _section * SectionSpan;
                _cursor++;
                continue;
            }

            var rune = RuneAt(text, _cursor);
            if (IsJapanese(rune))
            {
                CollectRun();
                EmitFromRun();
                return true;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                EmitWord();
                return true;
            }

            _cursor += rune.Utf16SequenceLength;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.SourceOffsets[^1]);
        _offset.SetOffset(final, final);
    }

    /// <summary>
    /// The character at <paramref name="index"/>; U+FFFD (one unit long, like the surrogate it stands for, and
    /// neither a letter nor Japanese) for half of a surrogate pair, which Rune.GetRuneAt refuses with an exception.
    /// </summary>
    private static Rune RuneAt(string text, int index) =>
        Rune.TryGetRuneAt(text, index, out var rune) ? rune : Rune.ReplacementChar;

    /// <summary>Kanji, kana (with ー and 々), Hangul, and the CJK extension planes.</summary>
    public static bool IsJapanese(Rune rune)
    {
        var v = rune.Value;
        return (v <= 0xFFFF && (JapaneseScript.IsKanji((char)v) || JapaneseScript.IsHiragana((char)v) || (JapaneseScript.IsKatakana((char)v) && v != 0x30FB)))
            || v is (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F)
            || v is >= 0x20000 and <= 0x3FFFF;
    }

    private void CollectRun()
    {
        _run.Clear();
        _runIndex = 0;
        var text = _text.Text;
        while (_cursor < text.Length)
        {
            var rune = RuneAt(text, _cursor);
            if (!IsJapanese(rune))
            {
                break;
            }

            _run.Add(_cursor);
            _cursor += rune.Utf16SequenceLength;
        }

        _runEnd = _cursor;
    }

    private void EmitFromRun()
    {
        var start = _run[_runIndex];
        int end;
        if (_run.Count == 1)
        {
            end = _runEnd;
            _type.Type = "<SINGLE>";
        }
        else
        {
            end = _runIndex + 2 < _run.Count ? _run[_runIndex + 2] : _runEnd;
            _type.Type = "<DOUBLE>";
        }

        _term.SetEmpty().Append(_text.Text, start, end - start);
        Emit(start, end);
        _runIndex = _run.Count == 1 || _runIndex + 2 >= _run.Count ? _run.Count : _runIndex + 1;
    }

    private void EmitWord()
    {
        var text = _text.Text;
        var start = _cursor;
        _term.SetEmpty();
        while (_cursor < text.Length && _term.Length < MaxWordLength)
        {
            var rune = RuneAt(text, _cursor);
            if (!Rune.IsLetterOrDigit(rune) || IsJapanese(rune))
            {
                break;
            }

            var lower = Rune.ToLowerInvariant(rune);
            if (lower.IsBmp)
            {
                _term.Append((char)lower.Value);
            }
            else
            {
                _term.Append(char.ConvertFromUtf32(lower.Value));
            }

            _cursor += rune.Utf16SequenceLength;
        }

        _type.Type = "<ALPHANUM>";
        Emit(start, _cursor);
    }

    private void Emit(int start, int end)
    {
        var position = _position + 1;
        if (_nextSectionStart >= 0)
        {
            position = Math.Max(position, _nextSectionStart);
            _nextSectionStart = -1;
        }

        // A section longer than its span keeps its last position rather than run into the next one.
        var ceiling = ((_section + 1) * SectionSpan) - 1;
        position = Math.Min(position, Math.Max(ceiling, _position));
        _increment.PositionIncrement = position - _position;
        _position = position;
        _offset.SetOffset(CorrectOffset(_text.SourceOffsets[start]), CorrectOffset(_text.SourceOffsets[end]));
    }

    /// <summary>Kept for diagnostics: the normalised text the tokens were cut from.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"BigramTokenizer@{_cursor}/{_text.Text.Length}");
}
