namespace FactCheck.Domain.Extraction;

/// <summary>What a number in text is.</summary>
public enum MentionKind { Count, Percent, Money, Year, Date, Age, Duration, Ordinal, Other }

/// <summary>
/// One numeric mention in a text: its span in UTF-16 code units, its value or range, the qualifier
/// its words give it, its unit and the noun phrase it counts.
/// </summary>
/// <param name="Start">Where the mention starts, qualifier words included.</param>
/// <param name="End">Where it ends, exclusive, noun phrase included.</param>
/// <param name="Unit">percent, a currency code (usd, eur, gbp...), people for counts of people, count for other counts; null for the other kinds.</param>
/// <param name="Noun">The noun phrase it counts ("political prisoners"), if any.</param>
public sealed record NumberMention(
    int Start, int End, string Text, MentionKind Kind, Qualifier Qualifier,
    decimal? Value, decimal? Min, decimal? Max, string? Unit, string? Noun)
{
    /// <summary>Counts, percentages, sums of money and bare figures are proposed as claims; years, dates, ages, durations and ordinals are not.</summary>
    public bool IsProposed => Kind is MentionKind.Count or MentionKind.Percent or MentionKind.Money or MentionKind.Other;
}
