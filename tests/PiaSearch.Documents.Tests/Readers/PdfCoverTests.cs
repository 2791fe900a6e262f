using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers;

namespace PiaSearch.Documents.Tests.Readers;

/// <summary>The cover of a 評価書 PDF (PdfPig's writer, IPA Gothic): 評価書番号, 評価書名, 評価実施機関名, 公表日 and their values.</summary>
public sealed class PdfCoverTests
{
    private static readonly string[][][] Rows =
    [
        [["令和3年4月1日"], ["I-7-①部署"], ["情報課"], ["情報政策課"], ["事後"], []],
        [["令和4年度"], ["I-7-②所属長"], ["情報課長"], ["情報政策課長"], ["事後"], []],
    ];

    private static readonly (string, string)[] Cover =
    [
        ("評価書番号", "7"),
        ("評価書名", "国民健康保険に関する事務 全項目評価書"),
        ("評価実施機関名", "東山市長"),
        ("公表日", "令和6年3月15日"),
    ];

    private static DocumentReadResult Read(byte[] pdf) =>
        new DocumentReaders(new ChangeLogParser()).Read(new MemoryStream(pdf), "higashi", "higashi.pdf", cancellationToken: TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_CoverPageBeforeTheTable_ValuesRightOfOrBelowTheirLabels(bool valuesBelow)
    {
        RequireFont();
        var result = Read(RuledTablePdf.Build(Rows, rowsPerPage: 5, cover: Cover, valuesBelow: valuesBelow));

        Assert.Equal(new DocumentCover("7", "国民健康保険に関する事務 全項目評価書", "東山市長", "令和6年3月15日"), result.Cover);
        Assert.Equal(2, result.Result.Entries.Count);
        Assert.Equal(2, result.Result.Entries[0].Source!.Page);
    }

    [Fact]
    public void Read_LabelAndValueInOnePieceWithAColon_ValueAfterTheColon()
    {
        RequireFont();
        var result = Read(RuledTablePdf.Build(Rows, rowsPerPage: 5, cover: [("評価実施機関名：西川町", string.Empty), ("評価書名", "住民基本台帳に関する事務")]));

        Assert.Equal("西川町", result.Cover?.Organisation);
        Assert.Equal("住民基本台帳に関する事務", result.Cover?.Title);
        Assert.Null(result.Cover?.Number);
    }

    [Fact]
    public void Read_PdfWithoutCover_NoCover()
    {
        RequireFont();
        var result = Read(RuledTablePdf.Build(Rows, rowsPerPage: 5));

        Assert.Null(result.Cover);
    }

    private static void RequireFont()
    {
        if (RuledTablePdf.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
