using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

public sealed class ClaimIntervalTests
{
    [Theory]
    [InlineData("1300", "people", "100")]
    [InlineData("2000", "people", "1000")]
    [InlineData("52", "people", "1")]
    [InlineData("100", "people", "100")]
    [InlineData("4", "percent", "1")]
    [InlineData("4.0", "percent", "0.1")]
    [InlineData("4.05", "percent", "0.01")]
    [InlineData("1300", "percent", "1")]
    [InlineData("1500000", "usd", "100000")]
    public void The_grain_is_the_place_of_the_last_digit_written(string figure, string unit, string grain)
    {
        Assert.Equal(decimal.Parse(grain, System.Globalization.CultureInfo.InvariantCulture),
            ClaimInterval.GrainOf(decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture), unit));
    }

    [Theory]
    [InlineData(Qualifier.Exact, "1300", "people", "[1250, 1350]")]
    [InlineData(Qualifier.Exact, "52", "people", "[52, 52]")]
    [InlineData(Qualifier.Exact, "4", "percent", "[3.5, 4.5]")]
    [InlineData(Qualifier.Exact, "4.0", "percent", "[3.95, 4.05]")]
    [InlineData(Qualifier.Exact, "2000", "usd", "[1500, 2500]")]
    [InlineData(Qualifier.MoreThan, "1300", "people", "[1301, ∞)")]
    [InlineData(Qualifier.MoreThan, "1300", "usd", "(1300, ∞)")]
    [InlineData(Qualifier.AtLeast, "1300", "usd", "[1300, ∞)")]
    [InlineData(Qualifier.LessThan, "1300", "usd", "(−∞, 1300)")]
    [InlineData(Qualifier.LessThan, "1300", "people", "[0, 1299]")]
    [InlineData(Qualifier.UpTo, "1300", "people", "[0, 1300]")]
    [InlineData(Qualifier.AtMost, "1300", "usd", "(−∞, 1300]")]
    [InlineData(Qualifier.Nearly, "1300", "usd", "[1170, 1300]")]
    [InlineData(Qualifier.Approximately, "1300", "usd", "[1170, 1430]")]
    [InlineData(Qualifier.Approximately, "4", "percent", "[3.5, 4.5]")]
    [InlineData(Qualifier.Exact, "99.8", "percent", "[99.75, 99.85]")]
    [InlineData(Qualifier.MoreThan, "99", "percent", "(99, 100]")]
    public void Each_qualifier_becomes_its_interval(Qualifier qualifier, string figure, string unit, string expected)
    {
        var value = decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, ClaimInterval.Of(new ClaimFigures(qualifier, value), unit).ToString());
    }

    [Fact]
    public void Ranges_are_taken_as_written_and_precision_overrides_the_grain()
    {
        Assert.Equal("[1500, 2000]", ClaimInterval.Of(new ClaimFigures(Qualifier.Between, null, 1500, 2000), "people").ToString());
        Assert.Equal("[1300, 1300]", ClaimInterval.Of(new ClaimFigures(Qualifier.Exact, 1300, Precision: 1), "people").ToString());
    }

    [Fact]
    public void A_count_interval_without_a_whole_number_is_empty()
    {
        Assert.True(Interval.Closed(3.4m, 3.6m).WholeAndNonNegative().IsEmpty);
        Assert.Equal("[1156, 1485]", Interval.Closed(1155.6m, 1485.7m).WholeAndNonNegative().ToString());
    }

    [Fact]
    public void Open_and_closed_ends_decide_whether_touching_intervals_overlap()
    {
        Assert.True(Interval.Closed(1, 2).Overlaps(Interval.Closed(2, 3)));
        Assert.False(Interval.Closed(1, 2).Overlaps(new Interval(2, false, 3, true)));
        Assert.False(new Interval(null, false, 1300, false).Overlaps(new Interval(1300, true, null, false)));
        Assert.True(Interval.All.Overlaps(Interval.Point(0)));
    }
}
