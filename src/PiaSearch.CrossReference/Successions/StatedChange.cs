namespace PiaSearch.CrossReference.Successions;

/// <summary>
/// What a row says in words about the kind of change it records (in its explanation, or in the after text beside the
/// new name): a company's 商号変更 or a unit's 組織改正 is a rename whatever the names look like; a 事務移管 or a new
/// 委託先 chosen by 入札 is a replacement whatever they share. Only the general wording of Japanese administrative
/// writing is read, per type of name. O(n) in the text's length for each listed phrase.
/// </summary>
internal enum StatedChange
{
    None,
    Rename,
    Replacement,
}
