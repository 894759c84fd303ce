using System.Collections;

namespace FactCheck.Domain;

/// <summary>
/// An immutable list kept in chunks of at most <see cref="Size"/> items, so that the list <see cref="Recheck"/> splices
/// after a write shares every chunk the write left alone with the list before it: a report of two million findings is
/// neither copied nor allocated again on the large-object heap at every write.
/// </summary>
internal sealed class Chunked<T> : IReadOnlyList<T>
{
    /// <summary>32 KB of references: under the 85 KB from which .NET puts an array on the large-object heap.</summary>
    public const int Size = 4096;

    private readonly T[][] _chunks;
    // The index of each chunk's first item, for the indexer's binary search.
    private readonly int[] _starts;

    private Chunked(T[][] chunks)
    {
        (_chunks, _starts) = (chunks, new int[chunks.Length]);
        for (var c = 0; c < chunks.Length; c++) (_starts[c], Count) = (Count, Count + chunks[c].Length);
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            var c = Array.BinarySearch(_starts, index);
            if (c < 0) c = ~c - 1;
            // Empty chunks are never kept, so no two chunks start at the same index.
            return _chunks[c][index - _starts[c]];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var chunk in _chunks)
            foreach (var item in chunk)
                yield return item;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Builds a list from items and runs of other lists, taking whole chunks of a chunked list as they are.</summary>
    public sealed class Builder
    {
        private readonly List<T[]> _chunks = [];
        private readonly List<T> _pending = [];

        public void Add(T item)
        {
            _pending.Add(item);
            if (_pending.Count == Size) Flush();
        }

        /// <summary>The items of <paramref name="source"/> from <paramref name="from"/> up to <paramref name="to"/>.</summary>
        public void AddRange(IReadOnlyList<T> source, int from, int to)
        {
            if (source is not Chunked<T> chunked)
            {
                for (var i = from; i < to; i++) Add(source[i]);
                return;
            }
            for (var c = 0; c < chunked._chunks.Length && from < to; c++)
            {
                var (start, chunk) = (chunked._starts[c], chunked._chunks[c]);
                if (start + chunk.Length <= from) continue;
                if (start == from && start + chunk.Length <= to)
                {
                    Flush();
                    _chunks.Add(chunk);
                }
                else
                    for (var i = from; i < Math.Min(to, start + chunk.Length); i++) Add(chunk[i - start]);
                from = start + chunk.Length;
            }
        }

        private void Flush()
        {
            if (_pending.Count == 0) return;
            _chunks.Add([.. _pending]);
            _pending.Clear();
        }

        /// <summary>
        /// The list built. Splices leave short chunks where they cut; once there are twice as many chunks as the items
        /// need, they are packed again, so that cost comes once in many writes.
        /// </summary>
        public Chunked<T> Build()
        {
            Flush();
            var built = new Chunked<T>([.. _chunks]);
            if (built._chunks.Length <= 2 * (built.Count / Size + 1) + 8) return built;
            var packed = new Builder();
            foreach (var item in built) packed.Add(item);
            packed.Flush();
            return new Chunked<T>([.. packed._chunks]);
        }
    }
}
