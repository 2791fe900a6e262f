using System.Collections.Frozen;
using System.Text;

namespace PiaSearch.Morphology.Build;

/// <summary>
/// EUC-JP as Debian decodes it when it makes mecab-ipadic-utf8 (glibc's iconv). .NET's code page 51932 follows
/// Microsoft's mapping for a few JIS X 0208 characters; those are mapped back, so that our dictionary has exactly
/// the surfaces MeCab's UTF-8 dictionary has.
/// </summary>
internal static class EucJp
{
    static EucJp() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Encoding { get; } = new GlibcEucJp();

    private sealed class GlibcEucJp : Encoding
    {
        private static readonly FrozenDictionary<char, char> Fixes = new Dictionary<char, char>()
        {
            ['\uFF5E'] = '\u301C', // ～ WAVE DASH
            ['\u2225'] = '\u2016', // ‖ DOUBLE VERTICAL LINE
            ['\uFF0D'] = '\u2212', // − MINUS SIGN
            ['\uFFE0'] = '\u00A2', // ¢
            ['\uFFE1'] = '\u00A3', // £
            ['\uFFE2'] = '\u00AC', // ¬
        }.ToFrozenDictionary();

        private readonly Encoding _inner = GetEncoding(51932);

        public override int GetByteCount(char[] chars, int index, int count) => throw new NotSupportedException();

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => throw new NotSupportedException();

        public override int GetCharCount(byte[] bytes, int index, int count) => _inner.GetCharCount(bytes, index, count);

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            var written = _inner.GetChars(bytes, byteIndex, byteCount, chars, charIndex);
            for (var i = charIndex; i < charIndex + written; i++)
            {
                if (Fixes.TryGetValue(chars[i], out var fixedChar))
                {
                    chars[i] = fixedChar;
                }
            }

            return written;
        }

        public override int GetMaxByteCount(int charCount) => _inner.GetMaxByteCount(charCount);

        public override int GetMaxCharCount(int byteCount) => _inner.GetMaxCharCount(byteCount);

        public override Decoder GetDecoder() => new FixingDecoder(_inner.GetDecoder());

        private sealed class FixingDecoder(Decoder inner) : Decoder
        {
            public override int GetCharCount(byte[] bytes, int index, int count) => inner.GetCharCount(bytes, index, count);

            public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
            {
                var written = inner.GetChars(bytes, byteIndex, byteCount, chars, charIndex);
                for (var i = charIndex; i < charIndex + written; i++)
                {
                    if (Fixes.TryGetValue(chars[i], out var fixedChar))
                    {
                        chars[i] = fixedChar;
                    }
                }

                return written;
            }
        }
    }
}
