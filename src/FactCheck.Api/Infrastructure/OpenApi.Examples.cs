using System.Text.Json.Nodes;

namespace FactCheck.Api.Infrastructure;

internal static partial class OpenApi
{
    /// <summary>
    /// What Swagger UI prefills: path parameters that name seeded items, and a whole request body per
    /// operation, written as JSON so a figure's decimals stay as written ("1500", not "1500.0").
    /// Each succeeds when sent to a freshly seeded store (tested), but for the deletes of a source or a
    /// quantity, which refuse while claims rest on them unless cascade is asked for.
    /// </summary>
    private static readonly Dictionary<string, JsonNode> PathExamples = new(StringComparer.Ordinal)
    {
        ["id"] = 1,
        ["key"] = "belarus/political-prisoners/held",
        // The seed's June-release conflict of bne IntelliNews's 14 with Trump's 16 (claims 12 and 13).
        ["findingId"] = "8c57c9a5c66bf5b3",
    };

    private static readonly Dictionary<string, string> BodyExamples = new(StringComparer.Ordinal)
    {
        ["CreateSource"] = """
            {"publisher": "Reuters", "title": "Belarus frees 52 prisoners after US deal",
             "url": "https://www.example.com/belarus-frees-52-prisoners-2025-09-11", "publishedAt": "2025-09-11",
             "text": "A total of 52 political prisoners have been freed by Belarusian President Alexander Lukashenko."}
            """,
        ["UpdateSource"] = """
            {"publisher": "unknown (translated report)", "title": "Lukashenko has no intention of releasing political prisoners after Trump's request",
             "url": "https://www.example.com/lukashenko-no-intention-2025-08-22", "publishedAt": "2025-08-22"}
            """,
        ["CreateQuantity"] = """
            {"key": "belarus/release/2025-06/foreign-nationals", "label": "Foreign nationals released in June 2025",
             "unit": "people", "kind": "event", "aliases": ["foreigners freed in June 2025"]}
            """,
        ["UpdateQuantity"] = """
            {"key": "belarus/political-prisoners/held", "label": "Political prisoners held in Belarus",
             "unit": "people", "kind": "stock", "windowDays": 31, "aliases": ["political prisoners in Belarus"]}
            """,
        ["CreateClaim"] = """
            {"sourceId": 5, "quantityKey": "belarus/release/2025-09-11/count", "quote": "A total of 52 political prisoners",
             "qualifier": "exact", "value": 52, "attributedTo": "BelTA"}
            """,
        ["UpdateClaim"] = """
            {"sourceId": 1, "quantityKey": "belarus/political-prisoners/held", "quote": "over 1,300 political prisoners",
             "qualifier": "more_than", "value": 1300, "asOf": "2025-08-22", "attributedTo": "opposition and human rights groups",
             "note": "Viasna's count on the day."}
            """,
        ["CreateRelation"] = """
            {"kind": "parts_at_most", "total": "belarus/political-prisoners/recognised-since-2020",
             "parts": ["belarus/political-prisoners/held"], "meaning": "those held are among those recognised since May 2020"}
            """,
        ["UpdateRelation"] = """
            {"kind": "percent", "result": "belarus/release/2025-09-11/share-of-political-prisoners",
             "part": "belarus/release/2025-09-11/count", "whole": "belarus/political-prisoners/held",
             "meaning": "share = 100 * released / held"}
            """,
        ["ImportDocument"] = """
            {"about": "One article's count of the June 2025 release.",
             "sources": [{"id": "ap", "publisher": "AP", "title": "Belarus frees 14 prisoners", "published": "2025-06-21",
                          "text": "Belarus freed 14 prisoners on Saturday."}],
             "quantities": [],
             "claims": [{"id": "ap-1", "source": "ap", "quantity": "belarus/release/2025-06/count", "quote": "14 prisoners",
                         "qualifier": "exact", "value": 14}],
             "relations": []}
            """,
        ["CheckWorld"] = """
            {"sources": [{"id": "paper", "publisher": "A journal", "title": "A study", "published": "2024-03-01"}],
             "quantities": [{"key": "study/mean", "label": "mean score", "unit": "points", "kind": "event"},
                            {"key": "study/sum", "label": "sum of scores", "unit": "integer", "kind": "event"},
                            {"key": "study/n", "label": "respondents", "unit": "people", "kind": "event"}],
             "claims": [{"id": "m", "source": "paper", "quantity": "study/mean", "quote": "M = 3.48", "qualifier": "exact", "value": 3.48},
                        {"id": "n", "source": "paper", "quantity": "study/n", "quote": "n = 15", "qualifier": "exactly", "value": 15}],
             "relations": [{"id": "mean", "kind": "ratio", "result": "study/mean", "part": "study/sum", "whole": "study/n"}]}
            """,
        ["ExtractText"] = """
            {"text": "A total of 52 political prisoners have been freed, about 4% of the 1,300 held."}
            """,
        ["AcceptProposal"] = """
            {"start": 2058, "quantityKey": "belarus/release/2025-06/count"}
            """,
        ["CheckDraft"] = """
            {"text": "Belarus still holds some 1,800 political prisoners, Lukashenko said on Friday.", "publishedAt": "2025-08-25"}
            """,
        ["RateClaim"] = """
            {"rating": 4, "wording": "Mostly accurate", "text": "The opposition's count of political prisoners, one person short of the 'over 1,300' in the same article."}
            """,
        ["RecordDecision"] = """
            {"decision": "note", "text": "Trump's 16 may count two people freed before the June release; asked the White House."}
            """,
        ["CheckFigure"] = """
            {"quantityKey": "belarus/political-prisoners/held", "qualifier": "approximately", "value": 1500, "asOf": "2025-09-12"}
            """,
    };

    private const string CsvExample = """
        source_id,quantity_key,quote,qualifier,value,attributed_to
        5,belarus/release/2025-09-11/count,52 political prisoners,exact,52,Notes from Poland

        """;

    private static void Examples(JsonObject document)
    {
        foreach (var (_, item) in document["paths"]!.AsObject())
            foreach (var (_, node) in item!.AsObject())
            {
                var operation = node!.AsObject();
                foreach (var parameter in (operation["parameters"] as JsonArray ?? []).OfType<JsonObject>())
                    if ((string?)parameter["in"] == "path" && PathExamples.TryGetValue((string)parameter["name"]!, out var value))
                        parameter["example"] = value.DeepClone();
                if (operation["requestBody"]?["content"] is not JsonObject content) continue;
                if (content["application/json"] is JsonObject json && BodyExamples.TryGetValue((string)operation["operationId"]!, out var body))
                    json["example"] = JsonNode.Parse(body);
                if (content["text/csv"] is JsonObject csv)
                    csv["example"] = CsvExample.ReplaceLineEndings("\n");
            }
    }
}
