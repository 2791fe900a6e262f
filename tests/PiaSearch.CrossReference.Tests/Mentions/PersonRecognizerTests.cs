using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Morphology;
using static PiaSearch.CrossReference.Tests.Mentions.MentionAssertions;

namespace PiaSearch.CrossReference.Tests.Mentions;

public sealed class PersonRecognizerTests
{
    [Theory]
    [InlineData("I 基本情報 7.評価実施機関における担当部署", "2所属長 戸籍住民課長 志村 将憲", "志村 将憲")]
    [InlineData("I-7-②所属長", "戸籍住民課 小野塚 知子", "小野塚 知子")]
    [InlineData("I-7-②所属長", "市民課長　高橋 健", "高橋 健")]
    public void Recognize_NameAfterTheUnitOrTitle_IsAPerson(string item, string cell, string name)
    {
        var person = Assert.Single(After(EntityType.Person, cell, item));

        Assert.Equal(name, person.Name);
    }

    [Fact]
    public void Recognize_TitleInOrdinaryText_IsNotAPerson()
    {
        Assert.Empty(After(EntityType.Person, "システム利用は、所属長が認めた職員等のIDについて操作権限を割り当てる。", "III-3-リスク2-具体的な管理方法"));
    }

    [Fact]
    public void Recognize_WithATagger_AcceptsTheNamesItTags()
    {
        var extractor = new MentionExtractor(new FakeTagger("山田", "太郎"));

        var people = extractor.Extract(TestLogs.Row("IV-1-②監査", "—", "監査は山田太郎が行う。")).After.Where(m => m.Type == EntityType.Person).ToList();

        Assert.Equal("山田太郎", Assert.Single(people).Name);
    }

    /// <summary>Tags the given words as person names, as a morphological analyser would.</summary>
    private sealed class FakeTagger(params string[] names) : IPartOfSpeechTagger
    {
        public IReadOnlyList<TaggedToken> Tag(string text)
        {
            var tokens = new List<TaggedToken>();
            foreach (var name in names)
            {
                var at = text.IndexOf(name, StringComparison.Ordinal);
                if (at >= 0)
                {
                    tokens.Add(new TaggedToken(name, at, ["名詞", "固有名詞", "人名", "一般"]));
                }
            }

            return tokens.OrderBy(t => t.Start).ToList();
        }
    }
}
