namespace FactCheck.Api.Features.Csv;

/// <summary>The columns of a desk's claims spreadsheet, as exported and as imported.</summary>
internal static class ClaimColumns
{
    public const string Id = "id";
    public const string SourceId = "source_id";
    public const string SourceUrl = "source_url";
    public const string QuantityKey = "quantity_key";
    public const string Quote = "quote";
    public const string QuoteStart = "quote_start";
    public const string Qualifier = "qualifier";
    public const string Value = "value";
    public const string Min = "min";
    public const string Max = "max";
    public const string Precision = "precision";
    public const string AsOf = "as_of";
    public const string EffectiveAsOf = "effective_as_of";
    public const string AttributedTo = "attributed_to";
    public const string Note = "note";

    /// <summary>Exported in this order; an import reads them by name and ignores the rest (id and effective_as_of are informational).</summary>
    public static readonly string[] All =
        [Id, SourceId, SourceUrl, QuantityKey, Quote, QuoteStart, Qualifier, Value, Min, Max, Precision, AsOf, EffectiveAsOf, AttributedTo, Note];

    public const string ContentType = "text/csv";

    /// <summary>Columns of free text, which the export neutralises against formulas and the import restores.</summary>
    public static bool IsText(string column) => column is Quote or AttributedTo or Note;
}
