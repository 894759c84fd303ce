using FactCheck.Domain;

namespace FactCheck.Api.Features.Checks;

internal static class WorldUnits
{
    /// <summary>The unit of each quantity in the world, to write its intervals in words.</summary>
    public static Func<string, string> UnitOf(this ClaimWorld world)
    {
        var units = world.Quantities.ToDictionary(q => q.Key, q => q.Unit, StringComparer.Ordinal);
        return key => units.GetValueOrDefault(key, "");
    }
}
