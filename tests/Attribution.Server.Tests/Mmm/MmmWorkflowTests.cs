using Attribution.Analytics.Mmm;
using Attribution.Api.Mmm;
using Attribution.Api.Tenancy;
using Attribution.Server.Tests.Jobs;

namespace Attribution.Server.Tests.Mmm;

/// <summary>
/// The workflow steps on their own (as a Durable activity runs them: <see cref="TenantTransactions"/>): a run whose data
/// cannot be fitted fails in the prepare step with the engine's reason, and the fail step marks the model failed
/// (visible through the model route); a chain index outside the run is refused.
/// </summary>
[Collection(MmmCollection.Name)]
public sealed class MmmWorkflowTests(MmmServer demo)
{
    [Fact]
    public async Task Prepare_ChannelWithoutSpendInRange_ThrowsAndFailMarksTheModelFailed()
    {
        var work = new TenantTransactions(JobTestData.App, demo.Tenant);
        var modelId = Guid.NewGuid();
        var end = DateOnly.Parse(demo.Truth.GetProperty("endDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        await work.RunAsync(async (session, ct) =>
        {
            await MmmModelStore.InsertAsync(session, modelId, new MmmRunSpec(["paid_search", "sms"], end.AddDays(-400), end, MmmGranularity.Weekly), new MmmRunConfig(4, 100, 100, 1), ct);
            return true;
        }, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MmmInputException>(() => MmmTraining.PrepareAsync(work, modelId, CancellationToken.None));
        await MmmTraining.FailAsync(work, modelId, error.Message, CancellationToken.None);
        var (_, model) = await demo.SendAsync(HttpMethod.Get, $"/api/admin/attribution/mmm?id={modelId}");

        Assert.Equal("spend", error.Field);
        Assert.Contains("'sms' is zero in every period", error.Message, StringComparison.Ordinal);
        Assert.Equal("failed", model.GetProperty("status").GetString());
        Assert.Equal(error.Message, model.GetProperty("error").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, model.GetProperty("results").ValueKind);
    }

    [Fact]
    public async Task SampleChain_ChainOutsideTheRun_Throws()
    {
        var work = new TenantTransactions(JobTestData.App, demo.Tenant);
        var modelId = Guid.NewGuid();
        var end = DateOnly.Parse(demo.Truth.GetProperty("endDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        await work.RunAsync(async (session, ct) =>
        {
            await MmmModelStore.InsertAsync(session, modelId, new MmmRunSpec(["paid_search", "video"], end.AddDays(-400), end, MmmGranularity.Weekly), new MmmRunConfig(2, 100, 100, 1), ct);
            return true;
        }, CancellationToken.None);
        await MmmTraining.PrepareAsync(work, modelId, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => MmmTraining.SampleChainAsync(work, modelId, 2, null, CancellationToken.None));
    }
}
