using System.Globalization;
using FactCheck.Api.Infrastructure;

namespace FactCheck.Api.Tests;

public sealed class FiguresTests
{
    [Fact]
    public void A_stored_date_reads_as_ParseExact_reads_it_on_every_day_of_two_years_at_six_points_of_the_calendar()
    {
        foreach (var start in new[] { new DateOnly(1, 1, 1), new DateOnly(1799, 1, 1), new DateOnly(1899, 12, 1), new DateOnly(1999, 1, 1), new DateOnly(2023, 1, 1), new DateOnly(9998, 1, 1) })
            for (var (day, i) = (start, 0); i < 731 && day < DateOnly.MaxValue; (day, i) = (day.AddDays(1), i + 1))
            {
                var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), Figures.DateFromText(text));
            }
    }

    [Theory]
    [InlineData("2025-02-29")]   // not a leap year
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2025-1-011")]
    [InlineData("2025/01/01")]
    [InlineData("+025-01-01")]
    [InlineData("2025-01-0 ")]
    [InlineData("２０２５-01-01")]  // full-width digits
    [InlineData("2025-01-01T00:00:00Z")]
    [InlineData("")]
    public void Text_ParseExact_refuses_is_refused_the_same_way(string text)
    {
        Assert.Throws<FormatException>(() => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => Figures.DateFromText(text));
    }
}
