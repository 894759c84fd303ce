using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

public sealed class RelationShapeTests
{
    [Theory]
    [InlineData(RelationKind.Percent, "Result Part Whole")]
    [InlineData(RelationKind.Ratio, "Result Part Whole")]
    [InlineData(RelationKind.Sum, "Total Part*")]
    [InlineData(RelationKind.PartsAtMost, "Total Part*")]
    [InlineData(RelationKind.Difference, "Result Minuend Subtrahend")]
    public void Each_kind_takes_its_roles(RelationKind kind, string roles)
    {
        var shape = string.Join(" ", RelationShape.SlotsOf(kind).Select(s => s.Role + (s.Many ? "*" : "")));
        Assert.Equal(roles, shape);
    }

    [Fact]
    public void Only_between_takes_a_range()
    {
        Assert.Equal([Qualifier.Between], Enum.GetValues<Qualifier>().Where(q => q.TakesRange()));
    }
}
