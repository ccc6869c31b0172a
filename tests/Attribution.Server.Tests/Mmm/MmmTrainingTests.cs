using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Attribution.Server.Tests.Mmm;

/// <summary>
/// Training through the routes on the seeded demo tenant (issue 5): POST run -> 202 -> the job runs the chains in
/// parallel with progress -> GET mmm returns the full shape of DESIGN.md section 3; the same seed gives the same model;
/// and the ROI intervals cover the generator's true ROI (its truth file) for at least 80% of the paid channels.
/// </summary>
[Collection(MmmCollection.Name)]
public sealed class MmmTrainingTests(MmmServer demo)
{
    private const string Model = "/api/admin/attribution/mmm";

    private static readonly string[] ModelFields =
    [
        "id", "status", "progress", "channels", "granularity", "dateRangeStart", "dateRangeEnd", "createdAt", "completedAt", "jobId",
        "config", "modelFit", "diagnostics", "results", "warnings", "error", "recentRuns",
    ];

    private static readonly string[] ChannelFields =
    [
        "channel", "spend", "contribution", "contributionShare", "roi", "marginalRoi", "cpik", "adstock", "saturation", "responseCurve",
    ];

    [Fact]
    public async Task Run_DemoTenant_CompletesWithTheFullShapeAndCoversTheTrueRoi()
    {
        var (modelId, job) = await TrainAsync(seed: 11);

        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal(job.GetProperty("progress").GetProperty("total").GetInt32(), job.GetProperty("progress").GetProperty("completed").GetInt32());
        Assert.Equal($"{Model}?id={modelId}", job.GetProperty("resultUri").GetString());
        var (status, model) = await demo.SendAsync(HttpMethod.Get, Model);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ModelFields, model.EnumerateObject().Select(p => p.Name));
        Assert.Equal(modelId, model.GetProperty("id").GetGuid());
        Assert.Equal("completed", model.GetProperty("status").GetString());
        Assert.Equal(1.0, model.GetProperty("progress").GetDouble());
        AssertEstimate(model.GetProperty("modelFit").GetProperty("bayesianRSquared"));
        Assert.InRange(model.GetProperty("modelFit").GetProperty("rSquared").GetDouble(), 0.3, 1);
        var diagnostics = model.GetProperty("diagnostics");
        Assert.Equal(4, diagnostics.GetProperty("chains").GetInt32());
        Assert.True(diagnostics.GetProperty("maxRhat").GetDouble() < 1.05, diagnostics.ToString());
        AssertEstimate(model.GetProperty("results").GetProperty("baseline"));
        var channels = model.GetProperty("results").GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal(MmmServer.PaidChannels, channels.Select(c => c.GetProperty("channel").GetString()));
        foreach (var channel in channels)
        {
            Assert.Equal(ChannelFields, channel.EnumerateObject().Select(p => p.Name));
            foreach (var figure in new[] { "contribution", "contributionShare", "roi", "marginalRoi", "cpik" })
            {
                AssertEstimate(channel.GetProperty(figure));
            }

            var curve = channel.GetProperty("responseCurve").EnumerateArray().ToList();
            Assert.Equal(21, curve.Count);
            Assert.All(curve, p => Assert.True(p.GetProperty("lower").GetDouble() <= p.GetProperty("response").GetDouble() + 1e-9));
        }

        Assert.Contains(model.GetProperty("recentRuns").EnumerateArray(), r => r.GetProperty("id").GetGuid() == modelId);

        // Coverage: the generator's true ROI (contribution / spend over the history, DemoChannelTruth) inside the 90% interval.
        var truth = demo.Truth.GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("channel").GetString()!, c => c.GetProperty("roi").GetDouble());
        var covered = channels.Count(c =>
        {
            var roi = c.GetProperty("roi");
            var value = truth[c.GetProperty("channel").GetString()!];
            return roi.GetProperty("lower").GetDouble() <= value && value <= roi.GetProperty("upper").GetDouble();
        });
        Assert.True(covered >= 4, $"{covered} of 5 ROI intervals cover the truth: "
            + string.Join("; ", channels.Select(c => $"{c.GetProperty("channel").GetString()} {c.GetProperty("roi")} truth {truth[c.GetProperty("channel").GetString()!]:F3}")));
    }

    [Fact]
    public async Task Run_SameSeedTwice_SameResults()
    {
        var (first, _) = await TrainAsync(seed: 5, draws: 100);
        var (second, _) = await TrainAsync(seed: 5, draws: 100);

        var a = (await demo.SendAsync(HttpMethod.Get, $"{Model}?id={first}")).Body;
        var b = (await demo.SendAsync(HttpMethod.Get, $"{Model}?id={second}")).Body;

        Assert.Equal(a.GetProperty("results").GetRawText(), b.GetProperty("results").GetRawText());
        Assert.Equal(a.GetProperty("diagnostics").GetRawText(), b.GetProperty("diagnostics").GetRawText());
    }

    private async Task<(Guid ModelId, JsonElement Job)> TrainAsync(int seed, int draws = 300)
    {
        var start = DateOnly.ParseExact(demo.Truth.GetProperty("startDate").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(demo.Truth.GetProperty("endDate").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (status, accepted) = await demo.SendAsync(HttpMethod.Post, $"{Model}/run", new
        {
            channels = MmmServer.PaidChannels,
            dateRangeStart = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            dateRangeEnd = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            chains = 4,
            draws,
            warmup = draws,
            seed,
        });
        Assert.True(status == HttpStatusCode.Accepted, accepted.ToString());
        Assert.Equal("queued", accepted.GetProperty("status").GetString());
        var job = await demo.WaitForJobAsync(accepted.GetProperty("statusUri").GetString()!, TimeSpan.FromMinutes(4));
        Assert.True(job.GetProperty("status").GetString() == "completed", job.ToString());
        return (accepted.GetProperty("modelId").GetGuid(), job);
    }

    private static void AssertEstimate(JsonElement estimate)
    {
        Assert.Equal(["mean", "lower", "upper"], estimate.EnumerateObject().Select(p => p.Name));
        Assert.True(estimate.GetProperty("lower").GetDouble() <= estimate.GetProperty("mean").GetDouble() + 1e-9
            && estimate.GetProperty("mean").GetDouble() <= estimate.GetProperty("upper").GetDouble() + 1e-9, estimate.ToString());
    }
}
