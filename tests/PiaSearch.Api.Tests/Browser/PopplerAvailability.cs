namespace PiaSearch.Api.Tests.Browser;

/// <summary>Whether poppler's pdftotext and pdfinfo are installed (the print test reads the PDF with them).</summary>
internal static class PopplerAvailability
{
    public const string PdfToText = "/usr/bin/pdftotext";
    public const string PdfInfo = "/usr/bin/pdfinfo";

    public static string? MissingReason =>
        File.Exists(PdfToText) && File.Exists(PdfInfo)
            ? null
            : $"The print test reads the PDF with pdftotext and pdfinfo ({PdfToText}, {PdfInfo}), which are not installed. " +
              "Install them with: apt-get install poppler-utils (.ci/run does this).";
}
