using System.Text;
using System.Text.RegularExpressions;
using FluentValidation;

namespace FactCheck.Api.Infrastructure;

/// <summary>Validation rules shared by every request that carries the same kind of field.</summary>
internal static partial class Rules
{
    public const int KeyMaxLength = 200;

    /// <summary>Required text, not blank, of bounded length.</summary>
    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Must not be blank.").MaximumLength(maxLength);

    /// <summary>Optional text: absent, or not blank and of bounded length.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(s => s is null || !string.IsNullOrWhiteSpace(s)).WithMessage("Must not be blank; leave it out instead.")
            .MaximumLength(maxLength);

    public const string PlainTextMessage =
        "Must be one line of visible text: no control characters (Unicode Cc, tab and newline among them) " +
        "and no invisible format characters (Cf: zero-width spaces and joiners, byte-order marks, bidirectional overrides).";

    /// <summary>
    /// A name a reader sees as written (a label, alias, publisher, title, attribution): nothing that
    /// is invisible or reorders text, so no look-alike of another name can be recorded and no name
    /// can turn a page's text around. Quotes and source texts keep what the article holds.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || IsPlainText(s)).WithMessage(PlainTextMessage);

    public static bool IsPlainText(string text) => !text.EnumerateRunes().Any(IsHidden);

    private static bool IsHidden(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format;

    /// <summary>A quantity key: lowercase words joined by '-', '_' or '.', in '/'-separated segments, usable as written in a URL path.</summary>
    public static IRuleBuilderOptions<T, string?> QuantityKey<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(KeyMaxLength).Matches(KeyPattern())
            .WithMessage("Must be lowercase letters and digits joined by '-', '_' or '.', in segments separated by '/', such as 'belarus/political-prisoners/held'.");

    /// <summary>
    /// The largest figure a claim takes: 10^18 covers national budgets in any currency (Indonesia's
    /// is about 3.6 × 10^15 rupiah) and world population many times over.
    /// </summary>
    public const decimal FigureBound = 1_000_000_000_000_000_000m;

    /// <summary>The finest grain a figure is written to: 10 decimal places hold rates of a millionth of a percent.</summary>
    public const int FigureDecimals = 10;

    public const string FigureMessage = "Must be a number from -1000000000000000000 to 1000000000000000000 (±10^18), with at most 10 decimal places.";

    public static bool IsFigure(decimal? figure) =>
        figure is not { } f || (Math.Abs(f) <= FigureBound && f.Scale <= FigureDecimals);

    /// <summary>A claim's figure (value, min, max or precision): within ±10^18, to at most 10 decimal places.</summary>
    public static IRuleBuilderOptions<T, decimal?> Figure<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(IsFigure).WithMessage(FigureMessage);

    public const string DateMessage = "Must be a date from 1800-01-01 to tomorrow, written YYYY-MM-DD.";

    /// <summary>A calendar date a news archive can hold: from 1800 to a day past today.</summary>
    public static bool IsPlausibleDate(DateOnly? date) =>
        date is null || (date.Value.Year >= 1800 && date.Value <= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1));

    /// <summary>The pattern of a quantity key, as the OpenAPI document states it.</summary>
    public static string KeyPatternText => KeyPattern().ToString();

    public const int SearchMaxLength = 500;

    /// <summary>What a list's q searches for: at most 500 characters, at least one word in them.</summary>
    public static IRuleBuilderOptions<T, string?> SearchText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(q => Search.Words(q).Count > 0).WithMessage("Must hold at least one word.").MaximumLength(SearchMaxLength);

    public static bool IsQuantityKey(string key) => key.Length <= KeyMaxLength && KeyPattern().IsMatch(key);

    [GeneratedRegex("^[a-z0-9]+(?:[-_.][a-z0-9]+)*(?:/[a-z0-9]+(?:[-_.][a-z0-9]+)*)*\\z")]
    private static partial Regex KeyPattern();
}
