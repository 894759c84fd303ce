namespace FactCheck.Domain;

/// <summary>
/// The ascending id lists that reports and findings carry. Written as plain loops over arrays: the
/// check builds several per quantity, and a store has a hundred thousand quantities.
/// </summary>
internal static class Ids
{
    public static long[] OfClaims(IReadOnlyList<PlacedClaim> claims, bool distinct = false)
    {
        var ids = new long[claims.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = claims[i].ClaimId;
        return Ascending(ids, distinct);
    }

    /// <summary>The claims' sources, each once.</summary>
    public static long[] OfSources(IReadOnlyList<PlacedClaim> claims)
    {
        var ids = new long[claims.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = claims[i].SourceId;
        return Ascending(ids, distinct: true);
    }

    /// <summary>The ids ascending, each once.</summary>
    public static long[] Distinct(IEnumerable<long> ids) => Ascending(ids.ToArray(), distinct: true);

    private static long[] Ascending(long[] ids, bool distinct)
    {
        Array.Sort(ids);
        if (!distinct) return ids;
        var kept = 0;
        for (var i = 0; i < ids.Length; i++)
            if (kept == 0 || ids[i] != ids[kept - 1]) ids[kept++] = ids[i];
        return kept == ids.Length ? ids : ids[..kept];
    }

    /// <summary>The ids of <paramref name="ascending"/> that <paramref name="others"/> (also ascending) lacks, by one merge of the two.</summary>
    public static long[] Except(long[] ascending, IReadOnlyList<long> others)
    {
        var kept = new List<long>();
        var j = 0;
        foreach (var id in ascending)
        {
            while (j < others.Count && others[j] < id) j++;
            if (j == others.Count || others[j] != id) kept.Add(id);
        }
        return kept.ToArray();
    }

    /// <summary>Whether <paramref name="ascending"/> holds <paramref name="id"/>, by binary search.</summary>
    public static bool Contains(IReadOnlyList<long> ascending, long id)
    {
        var (low, high) = (0, ascending.Count - 1);
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            if (ascending[middle] == id) return true;
            if (ascending[middle] < id) low = middle + 1;
            else high = middle - 1;
        }
        return false;
    }
}
