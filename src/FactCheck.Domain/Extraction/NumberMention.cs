namespace FactCheck.Domain.Extraction;

/// <summary>What a number in text is.</summary>
public enum MentionKind { Count, Percent, Money, Measure, Year, Date, Age, Duration, Ordinal, Other }

/// <summary>
/// One numeric mention in a text: its span in UTF-16 code units, its value or range, the qualifier
/// its words give it, its unit and the noun phrase it counts.
/// </summary>
/// <param name="Start">Where the mention starts, qualifier words included.</param>
/// <param name="End">Where it ends, exclusive, noun phrase included.</param>
/// <param name="Unit">percent, a currency code (usd, eur, gbp...), a unit of measure (km, kg, ha, celsius, kwh, km_h...), fraction for a share said as one ("two-thirds"), people for counts of people, count for other counts; null for the other kinds.</param>
/// <param name="Noun">The noun phrase it counts ("political prisoners"), if any.</param>
/// <param name="Dimension">For a measure, what its unit measures: length, mass, area, volume, temperature, energy, power or speed.</param>
public sealed record NumberMention(
    int Start, int End, string Text, MentionKind Kind, Qualifier Qualifier,
    decimal? Value, decimal? Min, decimal? Max, string? Unit, string? Noun, string? Dimension = null)
{
    /// <summary>Counts, percentages, sums of money, measures and bare figures are proposed as claims; years, dates, ages, durations and ordinals are not.</summary>
    public bool IsProposed => Kind is MentionKind.Count or MentionKind.Percent or MentionKind.Money or MentionKind.Measure or MentionKind.Other;
}
