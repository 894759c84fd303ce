using System.Globalization;
using System.Net;

namespace FactCheck.Api.Tests;

/// <summary>
/// Tests that set the process's default culture, which every thread without one of its own takes up:
/// run alone, after the rest, so that no other test formats its figures in German meanwhile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCulture
{
    public const string Name = "Process-wide culture";
}

[Collection(ProcessCulture.Name)]
public sealed class CultureTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("0.1")]
    [InlineData("1300.5")]
    [InlineData("4.05")]
    [InlineData("4.0")]
    [InlineData("1155.56")]
    [InlineData("1300")]
    public async Task Figures_come_back_exactly_as_sent_in_any_thread_culture(string figure)
    {
        var culture = CultureInfo.CurrentCulture;
        var german = new CultureInfo("de-DE");
        // The test server does not flow the caller's context, so the default is what its threads use.
        CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = german;
        try
        {
            Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
            var source = await Records.SourceAsync(_client, text: null);
            var quantity = await Records.QuantityAsync(_client, unit: "percent");
            var json = $$"""{"sourceId":{{source}},"quantityKey":"{{quantity}}","quote":"q","qualifier":"exact","value":{{figure}},"precision":{{figure}}}""";
            var created = await (await _client.PostRawAsync("/claims", json)).JsonAsync(HttpStatusCode.Created);

            var read = await _client.GetJsonAsync($"/claims/{created["id"]}");
            Assert.Equal(figure, read["value"]!.ToJsonString());
            Assert.Equal(figure, read["precision"]!.ToJsonString());
            var between = $$"""{"sourceId":{{source}},"quantityKey":"{{quantity}}","quote":"r","qualifier":"between","min":{{figure}},"max":{{figure}}}""";
            var range = await (await _client.PostRawAsync("/claims", between)).JsonAsync(HttpStatusCode.Created);
            Assert.Equal(figure, range["min"]!.ToJsonString());
            Assert.Equal(figure, range["max"]!.ToJsonString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = null;
        }
    }
}
