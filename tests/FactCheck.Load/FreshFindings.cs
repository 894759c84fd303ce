using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FactCheck.Load;

/// <summary>
/// How soon the findings answer after a write (issue 23, must-have 5): each round creates a claim of the quantity and
/// times GET /findings?quantity=… right after it, then creates another and times the store-wide first page. One request
/// at a time, so every GET is the first read after its write. Prints p50, p99 and the slowest, in milliseconds.
/// </summary>
internal static class FreshFindings
{
    public static async Task<int> RunAsync(Uri url, string key, long source, string quantity, int rounds)
    {
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var random = new Random(23);
        var run = DateTime.UtcNow.Ticks;
        var (creates, ofQuantity, storeWide) = (new List<double>(), new List<double>(), new List<double>());

        async Task<bool> TimedAsync(List<double> into, Func<Task<HttpResponseMessage>> call)
        {
            var clock = Stopwatch.StartNew();
            using var response = await call();
            await response.Content.ReadAsByteArrayAsync();
            into.Add(clock.Elapsed.TotalMilliseconds);
            if (response.IsSuccessStatusCode) return true;
            Console.Error.WriteLine($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {(int)response.StatusCode}");
            return false;
        }

        Task<HttpResponseMessage> Create(int n) => client.PostAsync("/claims", new StringContent(string.Create(CultureInfo.InvariantCulture,
            $$"""{"sourceId":{{source}},"quantityKey":"{{quantity}}","quote":"fresh {{run}} {{n}}","qualifier":"exact","value":{{random.Next(1, 200_000)}}}"""),
            Encoding.UTF8, "application/json"));

        // The first store-wide read checks the whole store: that is the start, not a write's cost.
        var start = Stopwatch.StartNew();
        (await client.GetAsync("/findings")).EnsureSuccessStatusCode();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the first read, which checks the whole store: {start.Elapsed.TotalSeconds:0.0} s"));
        for (var n = 0; n < rounds; n++)
        {
            if (!await TimedAsync(creates, () => Create(2 * n))) return 1;
            if (!await TimedAsync(ofQuantity, () => client.GetAsync($"/findings?quantity={Uri.EscapeDataString(quantity)}"))) return 1;
            if (!await TimedAsync(creates, () => Create(2 * n + 1))) return 1;
            if (!await TimedAsync(storeWide, () => client.GetAsync("/findings"))) return 1;
        }

        Console.WriteLine($"{"after one write",-44} {"p50 ms",8} {"p99 ms",8} {"max ms",8}");
        Print("create a claim", creates);
        Print($"GET /findings?quantity={quantity}", ofQuantity);
        Print("GET /findings (first page)", storeWide);
        return 0;
    }

    private static void Print(string name, List<double> times)
    {
        times.Sort();
        double At(double share) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(share * times.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44} {At(0.5),8:0.0} {At(0.99),8:0.0} {times[^1],8:0.0}"));
    }
}
