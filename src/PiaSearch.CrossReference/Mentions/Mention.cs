namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// A name found in a cell: its type, the surface as written, a normalised name and the key it is compared
/// under, and where it occurred. Statutes also carry the provision cited (第19条第8号, 別表第2の74の項).
/// </summary>
public sealed record Mention
{
    public required EntityType Type { get; init; }

    /// <summary>The text as written in the cell (white space runs made single).</summary>
    public required string Surface { get; init; }

    /// <summary>The name normalised for display: width folded, PDF spaces removed. For a statute, the law only.</summary>
    public required string Name { get; init; }

    /// <summary>The key variants of one name share (see the resolution step for OCR and typo variants).</summary>
    public required string Key { get; init; }

    public required MentionSite Site { get; init; }

    /// <summary>Offset in the normalised cell text.</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }

    /// <summary>Statutes: the article, paragraph, item or table entry cited, with kanji numerals as digits.</summary>
    public string? Provision { get; init; }

    /// <summary>Statutes: the caption written after the article, e.g. 通知カード・個人番号カード関連事務の委任.</summary>
    public string? Caption { get; init; }

    /// <summary>Statutes: the promulgation number, e.g. 平成26年11月20日総務省令第85号.</summary>
    public string? OfficialNumber { get; init; }

    /// <summary>Company legal form, parent unit of a department, or the title before a person's name.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The abbreviation this mention defines: …(以下「X」という。).</summary>
    public string? Defines { get; init; }

    /// <summary>A placeholder such as 未定 rather than a name.</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>The surface contained characters that look like OCR or typing errors (folded in <see cref="Key"/>).</summary>
    public bool Suspect { get; init; }

    /// <summary>Recognised because the log itself defined the name as an abbreviation.</summary>
    public bool FromDefinition { get; init; }

    public int End => Start + Length;

    /// <summary>The law and the provision: 番号法第19条第8号.</summary>
    public string Citation => Provision is null ? Name : Name + Provision;
}
