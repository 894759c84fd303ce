using System.Data.Common;
using System.Text;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Turns what a user types into a search query that cannot be malformed, and says where each list
/// searches: FTS5 tables on SQLite, GIN-indexed tsvectors on PostgreSQL (migration 0004 of each),
/// tokenized alike.
/// </summary>
internal static class Search
{
    /// <summary>
    /// Every word of the text, at most 32: runs of letters and digits. Quotes, operators and stray
    /// punctuation are dropped, never passed on.
    /// </summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        return words.Take(32).ToList();
    }

    /// <summary>
    /// Every word of the text as a prefix term, all required: "political prisoner" finds
    /// "political prisoners". Null when the text holds no word.
    /// </summary>
    public static string? MatchOf(DbConnection connection, string? text) => Words(text) switch
    {
        [] => null,
        var words when connection.IsPostgres() => string.Join(" & ", words.Select(w => $"'{w}':*")),
        var words => string.Join(' ', words.Select(w => $"\"{w}\"*")),
    };

    /// <summary>A join that keeps the claims (c) that match @Match.</summary>
    public static string ClaimsJoin(DbConnection connection) => connection.IsPostgres()
        ? "JOIN claim_search ON claim_search.claim_id = c.id AND claim_search.document @@ search_query(@Match)"
        : "JOIN claim_search ON claim_search.rowid = c.id AND claim_search MATCH @Match";

    /// <summary>How well a claim of <see cref="ClaimsJoin"/> matched: the lower, the better.</summary>
    public static string ClaimsRelevance(DbConnection connection) => connection.IsPostgres()
        ? "-CAST(ts_rank(claim_search.document, search_query(@Match)) AS double precision)"
        : "bm25(claim_search)";

    /// <summary>A condition that keeps the quantities (q) that match @Match.</summary>
    public static string QuantitiesCondition(DbConnection connection) => connection.IsPostgres()
        ? " AND search_document(q.key, q.label, q.aliases) @@ search_query(@Match)"
        : " AND q.id IN (SELECT rowid FROM quantity_search WHERE quantity_search MATCH @Match)";

    /// <summary>A condition that keeps the sources (s) that match @Match.</summary>
    public static string SourcesCondition(DbConnection connection) => connection.IsPostgres()
        ? " AND search_document(s.title, s.publisher) @@ search_query(@Match)"
        : " AND s.id IN (SELECT rowid FROM source_search WHERE source_search MATCH @Match)";
}
