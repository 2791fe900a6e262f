using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PiaSearch.Documents.Readers.Pdf;

/// <summary>
/// The horizontal and vertical lines drawn on a page (cell borders), from stroked segments and from thin filled
/// rectangles alike, collinear pieces joined.
/// </summary>
internal sealed class PageRulings
{
    private const double Thin = 2.5;
    private const double Shortest = 3;
    private const double SameLine = 1.0;

    public IReadOnlyList<Ruling> Verticals { get; }

    public IReadOnlyList<Ruling> Horizontals { get; }

    private PageRulings(IReadOnlyList<Ruling> verticals, IReadOnlyList<Ruling> horizontals)
    {
        Verticals = verticals;
        Horizontals = horizontals;
    }

    public static PageRulings Of(Page page)
    {
        var verticals = new List<Ruling>();
        var horizontals = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                if (path.IsFilled && box.Width <= Thin && box.Height >= Shortest)
                {
                    verticals.Add(new Ruling((box.Left + box.Right) / 2, box.Bottom, box.Top));
                    continue;
                }

                if (path.IsFilled && box.Height <= Thin && box.Width >= Shortest)
                {
                    horizontals.Add(new Ruling((box.Bottom + box.Top) / 2, box.Left, box.Right));
                    continue;
                }

                if (path.IsStroked)
                {
                    AddSegments(subpath, verticals, horizontals);
                }
            }
        }

        return new PageRulings(Join(verticals), Join(horizontals));
    }

    private static void AddSegments(PdfSubpath subpath, List<Ruling> verticals, List<Ruling> horizontals)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, verticals, horizontals);
                    current = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    Add(c, s, verticals, horizontals);
                    current = s;
                    break;
            }
        }
    }

    private static void Add(PdfPoint a, PdfPoint b, List<Ruling> verticals, List<Ruling> horizontals)
    {
        if (Math.Abs(a.X - b.X) < SameLine && Math.Abs(a.Y - b.Y) >= Shortest)
        {
            verticals.Add(new Ruling((a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
        else if (Math.Abs(a.Y - b.Y) < SameLine && Math.Abs(a.X - b.X) >= Shortest)
        {
            horizontals.Add(new Ruling((a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
    }

    /// <summary>Lines at the same position that touch or overlap become one.</summary>
    private static List<Ruling> Join(List<Ruling> rulings)
    {
        var joined = new List<Ruling>();
        foreach (var r in rulings.OrderBy(r => r.At).ThenBy(r => r.From))
        {
            var merged = false;
            for (var i = joined.Count - 1; i >= 0 && r.At - joined[i].At <= SameLine; i--)
            {
                if (r.From <= joined[i].To + Thin)
                {
                    joined[i] = new Ruling(joined[i].At, joined[i].From, Math.Max(joined[i].To, r.To));
                    merged = true;
                    break;
                }
            }

            if (!merged)
            {
                joined.Add(r);
            }
        }

        return joined;
    }
}
