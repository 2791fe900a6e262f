using System.Text;
using PiaSearch.Documents.Readers;

namespace PiaSearch.Documents.Tests.Readers;

public sealed class SourceFormatsTests
{
    [Fact]
    public void Detect_ContentDisagreesWithExtension_ContentWins()
    {
        Assert.Equal(SourceFormat.Pdf, SourceFormats.Detect("%PDF-1.7\n%âãÏÓ\n"u8, "changes.tsv"));
        Assert.Equal(SourceFormat.Xlsx, SourceFormats.Detect("PK\u0003\u0004\u0014\u0000"u8, "changes.csv"));
        Assert.Equal(SourceFormat.Tsv, SourceFormats.Detect(Encoding.UTF8.GetBytes("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t説明\n"), "changes.pdf"));
    }

    [Fact]
    public void Detect_CommasOrTabs_TellsCsvFromTsv()
    {
        var csv = Encoding.UTF8.GetBytes("変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明\n令和3年4月1日,\"I 基本情報, 7\",情報課,情報政策課,事後,\n");
        Assert.Equal(SourceFormat.Csv, SourceFormats.Detect(csv, "upload"));
        var tsv = Encoding.UTF8.GetBytes("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n令和3年4月1日\tI 基本情報, 7, 8, 9\t情報課\t情報政策課\t事後\t\n");
        Assert.Equal(SourceFormat.Tsv, SourceFormats.Detect(tsv, "upload.csv"));
    }

    [Fact]
    public void Detect_PdfAfterJunkBytes_IsPdf() =>
        Assert.Equal(SourceFormat.Pdf, SourceFormats.Detect(Encoding.ASCII.GetBytes("\r\n\r\n%PDF-1.4\n1 0 obj"), null));
}
