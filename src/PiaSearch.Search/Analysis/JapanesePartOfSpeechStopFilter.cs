using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using PiaSearch.Morphology.Dictionary;
using PiaSearch.Search.Analysis.TokenAttributes;

namespace PiaSearch.Search.Analysis;

/// <summary>
/// Removes tokens whose part of speech is in a stop set, matching at any level: "助詞" removes every particle
/// (助詞-格助詞-一般 …). Positions of removed tokens are kept, so phrases still line up.
/// </summary>
public sealed class JapanesePartOfSpeechStopFilter : FilteringTokenFilter
{
    private readonly IReadOnlySet<string> _stopTags;
    private readonly IPartOfSpeechAttribute _partOfSpeech;

    public JapanesePartOfSpeechStopFilter(TokenStream input, IReadOnlySet<string> stopTags)
        : base(BigramAnalyzer.Version, input)
    {
        ArgumentNullException.ThrowIfNull(stopTags);
        _stopTags = stopTags;
        _partOfSpeech = AddAttribute<IPartOfSpeechAttribute>();
    }

    /// <summary>
    /// Kuromoji's default stop tags, by the level that covers them: conjunctions, particles, auxiliary verbs,
    /// symbols, fillers, interjection-like others and non-verbal sounds.
    /// </summary>
    public static IReadOnlySet<string> DefaultStopTags { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "接続詞", "助詞", "助動詞", "記号", "その他-間投", "フィラー", "非言語音",
    };

    protected override bool Accept() =>
        _partOfSpeech.PartOfSpeech is not { } pos || !IsStopped(pos);

    // Dictionaries share one PartOfSpeech per distinct tag, so the verdicts are few: each is worked out once.
    private readonly Dictionary<PartOfSpeech, bool> _verdicts = new(ReferenceEqualityComparer.Instance);

    private bool IsStopped(PartOfSpeech pos)
    {
        if (_verdicts.TryGetValue(pos, out var stopped))
        {
            return stopped;
        }

        stopped = false;
        var tag = pos.Pos1;
        if (_stopTags.Contains(tag))
        {
            stopped = true;
        }
        else
        {
            foreach (var level in new[] { pos.Pos2, pos.Pos3, pos.Pos4 })
            {
                if (level == "*")
                {
                    break;
                }

                tag = tag + "-" + level;
                if (_stopTags.Contains(tag))
                {
                    stopped = true;
                    break;
                }
            }
        }

        if (_verdicts.Count < 4096)
        {
            _verdicts[pos] = stopped;
        }

        return stopped;
    }
}
