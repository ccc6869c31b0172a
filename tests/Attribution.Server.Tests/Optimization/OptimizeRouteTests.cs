using System.Net;
using System.Text.Json;
using Attribution.Api;
using Attribution.Api.Tenancy;
using Attribution.Server.Jobs;
using Attribution.Server.Tests.Mmm;

namespace Attribution.Server.Tests.Optimization;

/// <summary>
/// The optimize route against a model fitted on the seeded demo tenant (issue 6): the recommendation raises the expected
/// response and moves spend toward the channels whose true marginal ROI (the generator's truth) is higher; the frontier
/// has the 21 default levels; bad or infeasible requests are 400s naming the field or constraint; past the inline time
/// the same work runs as a job whose result equals the inline one.
/// </summary>
[Collection(MmmCollection.Name)]
public sealed class OptimizeRouteTests(MmmServer demo)
{
    private const string Optimize = "/api/admin/attribution/mmm/optimize";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Guid? _model;

    [Fact]
    public async Task Optimize_DemoModelAtCurrentSpend_RaisesResponseTowardHigherTrueMarginalRoi()
    {
        var model = await ModelAsync();
        var current = await CurrentSpendAsync(model);

        var (status, result) = await demo.SendAsync(HttpMethod.Post, Optimize, new { modelId = model, totalBudget = current, scenario = "fixedBudget" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(model, result.GetProperty("modelId").GetGuid());
        var totals = result.GetProperty("totals");
        Assert.True(totals.GetProperty("optimizedResponse").GetDouble() >= totals.GetProperty("currentResponse").GetDouble(), totals.ToString());
        var allocations = result.GetProperty("allocations").EnumerateArray().ToList();
        Assert.Equal(current, allocations.Sum(a => a.GetProperty("recommendedSpend").GetDouble()), current * 1e-6);
        foreach (var allocation in allocations)
        {
            foreach (var field in new[] { "channel", "currentSpend", "recommendedSpend", "changePercent", "expectedResponse", "expectedRoi", "marginalRoi" })
            {
                Assert.True(allocation.TryGetProperty(field, out _), field);
            }
        }

        // The generator's true marginal ROI per channel (DemoChannelTruth.MarginalRoi): the reallocation, weighted by it,
        // must gain (to first order the true response rises), and the channel with the highest true marginal ROI must not lose spend.
        var truth = demo.Truth.GetProperty("channels").EnumerateArray()
            .ToDictionary(c => c.GetProperty("channel").GetString()!, c => c.GetProperty("marginalRoi").GetDouble());
        var moved = allocations.Sum(a => (a.GetProperty("recommendedSpend").GetDouble() - a.GetProperty("currentSpend").GetDouble()) * truth[a.GetProperty("channel").GetString()!]);
        var best = allocations.MaxBy(a => truth[a.GetProperty("channel").GetString()!])!;
        Assert.True(moved > 0, $"first-order true gain {moved}: {string.Join("; ", allocations.Select(a => $"{a.GetProperty("channel")} {a.GetProperty("currentSpend").GetDouble():F0} -> {a.GetProperty("recommendedSpend").GetDouble():F0} (true mROI {truth[a.GetProperty("channel").GetString()!]:F2})"))}");
        Assert.True(best.GetProperty("recommendedSpend").GetDouble() >= best.GetProperty("currentSpend").GetDouble() - 1e-6, best.ToString());
        var frontier = result.GetProperty("frontier").EnumerateArray().Select(p => p.GetProperty("budget").GetDouble()).ToList();
        Assert.Equal(21, frontier.Count);
        Assert.Equal(frontier.Order(), frontier);
        Assert.Equal(0.5 * current, frontier[0], current * 1e-6);
        Assert.Equal(1.5 * current, frontier[^1], current * 1e-6);
    }

    [Theory]
    [InlineData("""{"totalBudget":0,"scenario":"fixedBudget"}""", "totalBudget")]
    [InlineData("""{"totalBudget":1000,"scenario":"maximize"}""", "scenario")]
    [InlineData("""{"totalBudget":1000,"scenario":"targetRoi"}""", "target")]
    [InlineData("""{"totalBudget":1000,"scenario":"fixedBudget","horizonWeeks":0}""", "horizonWeeks")]
    [InlineData("""{"totalBudget":1000,"scenario":"fixedBudget","budgetLevels":1}""", "budgetLevels")]
    [InlineData("""{"totalBudget":1000,"scenario":"fixedBudget","constraints":{"tv":{"min":1}}}""", "constraints.tv")]
    [InlineData("""{"totalBudget":1000,"scenario":"fixedBudget","constraints":{"video":{"min":5,"max":2}}}""", "constraints.video")]
    [InlineData("""{"totalBudget":1000,"scenario":"fixedBudget","constraints":{"video":{"min":5000}}}""", "totalBudget")]
    public async Task Optimize_BadOrInfeasibleRequest_Returns400NamingIt(string body, string field)
    {
        await ModelAsync();

        var (status, problem) = await demo.SendAsync(HttpMethod.Post, Optimize, body);

        Assert.True(status == HttpStatusCode.BadRequest, problem.ToString());
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Optimize_UnknownModel_Returns404()
    {
        var (status, _) = await demo.SendAsync(HttpMethod.Post, Optimize, new { modelId = Guid.NewGuid(), totalBudget = 1000, scenario = "fixedBudget" });

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Optimize_PastTheInlineTime_RunsAsAJobWithTheSameResult()
    {
        var model = await ModelAsync();
        var current = await CurrentSpendAsync(model);
        var request = new { modelId = model, totalBudget = 1.1 * current, scenario = "fixedBudget", budgetLevels = 5 };
        var (_, inline) = await demo.SendAsync(HttpMethod.Post, Optimize, request);
        await using var queued = await TestServer.StartAsync(configure: builder =>
        {
            builder.Configuration[ApiSettings.OptimizeInlineSeconds] = "0";
            builder.Configuration[JobRunnerSettings.PollMilliseconds] = "50";
        });

        using var post = TestServer.Request(HttpMethod.Post, Optimize, demo.Tenant, ApiRoles.Write);
        post.Content = JsonContent(request);
        using var response = await queued.Client.SendAsync(post);
        var accepted = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var (job, _) = await demo.WaitForJobAsync(accepted.GetProperty("statusUri").GetString()!, TimeSpan.FromMinutes(2));
        Assert.True(job.GetProperty("status").GetString() == "completed", job.ToString());
        Assert.Equal(accepted.GetProperty("resultUri").GetString(), job.GetProperty("resultUri").GetString());
        var (status, stored) = await demo.SendAsync(HttpMethod.Get, accepted.GetProperty("resultUri").GetString()!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("completed", stored.GetProperty("status").GetString());
        Assert.Equal(inline.GetProperty("allocations").GetRawText(), stored.GetProperty("result").GetProperty("allocations").GetRawText());
        Assert.Equal(inline.GetProperty("frontier").GetRawText(), stored.GetProperty("result").GetProperty("frontier").GetRawText());
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    /// <summary>The current allocation's spend over the default horizon, as the route reports it for any budget.</summary>
    private async Task<double> CurrentSpendAsync(Guid model)
    {
        var (status, probe) = await demo.SendAsync(HttpMethod.Post, Optimize, new { modelId = model, totalBudget = 1_000_000, scenario = "fixedBudget", budgetLevels = 2 });
        Assert.True(status == HttpStatusCode.OK, probe.ToString());
        return probe.GetProperty("totals").GetProperty("currentSpend").GetDouble();
    }

    /// <summary>A model of the five paid channels over the demo's history, trained once for this class (4 chains x 300 draws).</summary>
    private async Task<Guid> ModelAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_model is { } known)
            {
                return known;
            }

            var (status, accepted) = await demo.SendAsync(HttpMethod.Post, "/api/admin/attribution/mmm/run", new
            {
                channels = MmmServer.PaidChannels,
                dateRangeStart = demo.Truth.GetProperty("startDate").GetString(),
                dateRangeEnd = demo.Truth.GetProperty("endDate").GetString(),
                draws = 300,
                warmup = 300,
                seed = 21,
            });
            Assert.True(status == HttpStatusCode.Accepted, accepted.ToString());
            var (job, _) = await demo.WaitForJobAsync(accepted.GetProperty("statusUri").GetString()!, TimeSpan.FromMinutes(4));
            Assert.True(job.GetProperty("status").GetString() == "completed", job.ToString());
            _model = accepted.GetProperty("modelId").GetGuid();
            return _model.Value;
        }
        finally
        {
            Gate.Release();
        }
    }
}
