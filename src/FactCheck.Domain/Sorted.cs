namespace FactCheck.Domain;

/// <summary>Binary search over anything indexable in order: a report's findings, its quantities.</summary>
internal static class Sorted
{
    /// <summary>The first index at which <paramref name="before"/> no longer holds, when it holds for a prefix of the indexes.</summary>
    public static int First(int count, Func<int, bool> before)
    {
        var (low, high) = (0, count);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (before(middle)) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
