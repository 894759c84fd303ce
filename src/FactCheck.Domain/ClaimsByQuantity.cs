using System.Collections;
using System.Collections.Immutable;

namespace FactCheck.Domain;

/// <summary>
/// A world's claims kept by quantity, so that a world whose quantities a write moved (<see cref="Recheck"/>) shares every
/// other quantity's claims with the world before it instead of copying a million of them. Read quantity by quantity; the
/// flat list an index needs is made on first use.
/// </summary>
internal sealed class ClaimsByQuantity : IReadOnlyList<ClaimFact>
{
    private readonly ImmutableDictionary<string, ClaimFact[]> _byQuantity;
    private ClaimFact[]? _flat;

    private ClaimsByQuantity(ImmutableDictionary<string, ClaimFact[]> byQuantity, int count) => (_byQuantity, Count) = (byQuantity, count);

    public static ClaimsByQuantity Of(IReadOnlyList<ClaimFact> claims) => claims as ClaimsByQuantity
        ?? new(claims.GroupBy(c => c.QuantityKey, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal), claims.Count);

    /// <summary>These claims with those of the quantities in <paramref name="keys"/> taken from <paramref name="part"/>, which holds no other's.</summary>
    public ClaimsByQuantity Replacing(IReadOnlySet<string> keys, IReadOnlyList<ClaimFact> part)
    {
        var count = Count;
        var byQuantity = _byQuantity.ToBuilder();
        foreach (var key in keys)
            if (byQuantity.Remove(key, out var gone)) count -= gone.Length;
        foreach (var group in part.GroupBy(c => c.QuantityKey, StringComparer.Ordinal))
        {
            ClaimFact[] claims = [.. group];
            byQuantity[group.Key] = claims;
            count += claims.Length;
        }
        return new(byQuantity.ToImmutable(), count);
    }

    public int Count { get; }

    public ClaimFact this[int index] => (_flat ??= [.. this])[index];

    public IEnumerator<ClaimFact> GetEnumerator() => _byQuantity.Values.SelectMany(claims => claims).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
