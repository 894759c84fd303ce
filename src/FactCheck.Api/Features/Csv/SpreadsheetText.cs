namespace FactCheck.Api.Features.Csv;

/// <summary>
/// Text cells a spreadsheet would run as a formula (CSV injection, as OWASP describes it): a cell
/// that begins with =, +, -, @, a tab or a carriage return is written with a leading apostrophe,
/// which spreadsheets take as "this is text". A cell that begins with an apostrophe gets one too,
/// so the import can take exactly one off and every exported text reads back unchanged.
/// </summary>
internal static class SpreadsheetText
{
    private static bool Triggers(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'';

    public static string? Neutralised(string? text) =>
        text is { Length: > 0 } && Triggers(text[0]) ? "'" + text : text;

    public static string? Restored(string? cell) =>
        cell is { Length: > 1 } && cell[0] == '\'' && Triggers(cell[1]) ? cell[1..] : cell;

    /// <summary>Content-Disposition for a download named <paramref name="fileName"/>.</summary>
    public static string Attachment(string fileName) => $"attachment; filename=\"{fileName}\"";
}
