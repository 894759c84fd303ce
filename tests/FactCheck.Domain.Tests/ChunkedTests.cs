using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

/// <summary>
/// <see cref="Chunked{T}"/> against a plain list: a long run of random splices (runs cut out, items put in, as
/// <see cref="Recheck"/> does after each write), each checked item by item, by index and in order.
/// </summary>
public sealed class ChunkedTests
{
    [Fact]
    public void Splice_after_splice_the_chunks_hold_what_a_plain_list_would()
    {
        var random = new Random(23);
        var model = Enumerable.Range(0, 3 * Chunked<int>.Size + 17).ToList();
        IReadOnlyList<int> list = model;
        var next = model.Count;
        for (var write = 0; write < 300; write++)
        {
            // Cut out up to three runs and put a few new items at random places, the way a write moves a few quantities.
            var cuts = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(list.Count + 1)).Order().ToList();
            var builder = new Chunked<int>.Builder();
            var kept = new List<int>();
            var from = 0;
            foreach (var cut in cuts.Where(c => c >= from))
            {
                var end = Math.Min(list.Count, cut + random.Next(0, 10));
                builder.AddRange(list, from, cut);
                kept.AddRange(model.Skip(from).Take(cut - from));
                for (var n = random.Next(0, 6); n > 0; n--)
                {
                    builder.Add(next);
                    kept.Add(next++);
                }
                from = end;
            }
            builder.AddRange(list, from, list.Count);
            kept.AddRange(model.Skip(from));

            list = builder.Build();
            model = kept;
            Assert.Equal(model.Count, list.Count);
            Assert.Equal(model, list);
            for (var i = 0; i < 50 && model.Count > 0; i++)
            {
                var at = random.Next(model.Count);
                Assert.Equal(model[at], list[at]);
            }
        }
        Assert.True(model.Count > 2 * Chunked<int>.Size, "the list shrank below a few chunks");
    }
}
