using PiaSearch.CrossReference.Mentions;
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
}
