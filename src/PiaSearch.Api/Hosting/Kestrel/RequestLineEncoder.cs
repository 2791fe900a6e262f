using System.Buffers;
using System.Globalization;
using System.Text;

namespace PiaSearch.Api.Hosting.Kestrel;

/// <summary>
/// Follows the HTTP/1.x framing of an inbound byte stream and percent-encodes the non-ASCII bytes of each
/// request line (<c>GET /api/search?q=情報課</c> → <c>…?q=%E6%83%85…</c>). Headers and bodies pass through
/// untouched: bodies are skipped by Content-Length or chunked framing. Anything that is not plain HTTP/1.x
/// (TLS, the HTTP/2 preface, an upgraded connection, a framing it cannot follow) switches it to pass-through.
/// </summary>
public sealed class RequestLineEncoder
{
    private const int MaxLineBuffer = 8 * 1024;
    private const int MaxRequestLine = 16 * 1024;
    private static ReadOnlySpan<byte> Hex => "0123456789ABCDEF"u8;

    private readonly List<byte> _line = new(256);
    private State _state = State.ConnectionStart;
    private long _remaining;
    private long _contentLength;
    private bool _chunked;
    private bool _upgrade;

    private enum State
    {
        ConnectionStart,
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        Trailers,
        PassThrough,
    }

    /// <summary>True once the encoder has given up following the stream and copies it unchanged.</summary>
    public bool IsPassThrough => _state == State.PassThrough;

    /// <summary>Transforms the next part of the stream into <paramref name="output"/>.</summary>
    public void Transform(ReadOnlySpan<byte> input, IBufferWriter<byte> output)
    {
        var i = 0;
        while (i < input.Length)
        {
            switch (_state)
            {
                case State.PassThrough:
                    Write(output, input[i..]);
                    return;
                case State.Body:
                case State.ChunkData:
                    var take = (int)Math.Min(_remaining, input.Length - i);
                    Write(output, input.Slice(i, take));
                    i += take;
                    _remaining -= take;
                    if (_remaining == 0)
                    {
                        _state = _state == State.Body ? State.RequestLine : State.ChunkSize;
                    }

                    break;
                default:
                    StepByte(input[i], output);
                    i++;
                    break;
            }
        }
    }

    private void StepByte(byte b, IBufferWriter<byte> output)
    {
        switch (_state)
        {
            case State.ConnectionStart:
                // An HTTP/1.x request starts with a method token; TLS starts with 0x16.
                if (!IsAsciiLetter(b) && b is not (byte)'\r' and not (byte)'\n')
                {
                    _state = State.PassThrough;
                    WriteByte(output, b);
                    return;
                }

                _state = State.RequestLine;
                StepByte(b, output);
                return;
            case State.RequestLine:
                // The request line is held back whole so that its target can be re-encoded.
                _line.Add(b);
                if (b == (byte)'\n')
                {
                    EndRequestLine(output);
                }
                else if (_line.Count > MaxRequestLine)
                {
                    Write(output, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_line));
                    _line.Clear();
                    _state = State.PassThrough;
                }

                return;
            default:
                WriteByte(output, b);
                if (b == (byte)'\n')
                {
                    EndLine();
                }
                else if (_line.Count < MaxLineBuffer)
                {
                    _line.Add(b);
                }

                return;
        }
    }

    private void EndRequestLine(IBufferWriter<byte> output)
    {
        var raw = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_line);
        var line = Encoding.Latin1.GetString(raw).TrimEnd('\r', '\n');
        if (line.Length == 0)
        {
            Write(output, raw); // empty lines before a request are allowed
            _line.Clear();
            return;
        }

        var methodEnd = line.IndexOf(' ', StringComparison.Ordinal);
        var versionStart = line.LastIndexOf(" HTTP/1.", StringComparison.Ordinal);
        if (line.StartsWith("PRI ", StringComparison.Ordinal) || methodEnd <= 0 || versionStart <= methodEnd)
        {
            Write(output, raw);
            _line.Clear();
            _state = State.PassThrough;
            return;
        }

        Write(output, raw[..(methodEnd + 1)]);
        foreach (var b in raw[(methodEnd + 1)..versionStart])
        {
            // Raw UTF-8 and spaces inside the target are what a browser would have percent-encoded.
            if (b >= 0x80 || b == (byte)' ')
            {
                Span<byte> encoded = [(byte)'%', Hex[b >> 4], Hex[b & 0xF]];
                Write(output, encoded);
            }
            else
            {
                WriteByte(output, b);
            }
        }

        Write(output, raw[versionStart..]);
        _line.Clear();
        _state = State.Headers;
        _contentLength = 0;
        _chunked = false;
        _upgrade = false;
    }

    private void EndLine()
    {
        var line = LineText();
        _line.Clear();
        switch (_state)
        {
            case State.Headers when line.Length == 0:
                EndHeaders();
                return;
            case State.Headers:
                ReadHeader(line);
                return;
            case State.ChunkSize:
                if (line.Length == 0)
                {
                    return;
                }

                var sizeText = line.Split(';')[0].Trim();
                if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
                {
                    _state = State.PassThrough;
                    return;
                }

                if (size == 0)
                {
                    _state = State.Trailers;
                }
                else
                {
                    _state = State.ChunkData;
                    _remaining = size + 2; // the data and its CRLF
                }

                return;
            case State.Trailers when line.Length == 0:
                _state = State.RequestLine;
                return;
        }
    }

    private void ReadHeader(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return;
        }

        var name = line[..colon].Trim();
        var value = line[(colon + 1)..].Trim();
        if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _contentLength))
            {
                _state = State.PassThrough;
            }
        }
        else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
        {
            _chunked = value.Contains("chunked", StringComparison.OrdinalIgnoreCase);
        }
        else if (name.Equals("Upgrade", StringComparison.OrdinalIgnoreCase))
        {
            _upgrade = true;
        }
    }

    private void EndHeaders()
    {
        if (_upgrade)
        {
            _state = State.PassThrough;
        }
        else if (_chunked)
        {
            _state = State.ChunkSize;
        }
        else if (_contentLength > 0)
        {
            _state = State.Body;
            _remaining = _contentLength;
        }
        else
        {
            _state = State.RequestLine;
        }
    }

    private string LineText()
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_line);
        return Encoding.Latin1.GetString(span).TrimEnd('\r');
    }

    private static bool IsAsciiLetter(byte b) => b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z';

    private static void WriteByte(IBufferWriter<byte> output, byte b)
    {
        output.GetSpan(1)[0] = b;
        output.Advance(1);
    }

    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }
}
