using Attribution.Analytics.Journeys;
using Attribution.Api.Journeys;

namespace Attribution.Api.Tests.Journeys;

public sealed class JourneyModelCacheTests
{
    private static readonly JourneyModelKey Key = new(Guid.NewGuid(), "30d", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), 1);
    private static readonly JourneyDataVersion Version = new(10, 5, 3);
    private static readonly JourneyRangeCounts Counts = new(100, 50);

    [Fact]
    public async Task GetAsync_SameKeyAndVersion_FitsOnceAndDoesNotCount()
    {
        var source = new Source();
        var cache = new JourneyModelCache(source.Clock);

        var first = await source.GetAsync(cache, Key, Version);
        var second = await source.GetAsync(cache, Key, Version);

        Assert.Same(first, second);
        Assert.Equal((1, 0), (source.Fits, source.Counted));
        Assert.Equal(1, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_NewVersion_Refits()
    {
        var source = new Source();
        var cache = new JourneyModelCache(source.Clock);

        var first = await source.GetAsync(cache, Key, Version);
        var second = await source.GetAsync(cache, Key, Version with { MaxTouchpointId = 11 });

        Assert.NotSame(first, second);
        Assert.Equal(2, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_WriteCounterRaised_Refits()
    {
        var source = new Source();
        var cache = new JourneyModelCache(source.Clock);

        var first = await source.GetAsync(cache, Key, Version);
        var second = await source.GetAsync(cache, Key, Version with { Changes = 4 });

        Assert.NotSame(first, second);
        Assert.Equal(2, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_OtherKey_FitsSeparately()
    {
        var source = new Source();
        var cache = new JourneyModelCache(source.Clock);

        await source.GetAsync(cache, Key, Version);
        await source.GetAsync(cache, Key with { Window = "7d" }, Version);
        await source.GetAsync(cache, Key with { TenantId = Guid.NewGuid() }, Version);

        Assert.Equal(3, cache.Fits);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public async Task GetAsync_RecountDueAndCountsUnchanged_KeepsTheModelAndCountsAgainOnlyAfterAnotherInterval()
    {
        var source = new Source();
        var cache = new JourneyModelCache(source.Clock);
        var first = await source.GetAsync(cache, Key, Version);

        source.Clock.Advance(JourneyModelCache.RecountInterval - TimeSpan.FromTicks(1));
        await source.GetAsync(cache, Key, Version);
        Assert.Equal(0, source.Counted);

        source.Clock.Advance(TimeSpan.FromTicks(1));
        var second = await source.GetAsync(cache, Key, Version);
        var third = await source.GetAsync(cache, Key, Version);

        Assert.Equal(1, source.Counted);
        Assert.Same(first, second);
        Assert.Same(first, third);
        Assert.Equal(1, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_RecountDueAndCountsChanged_Refits()
    {
        var source = new Source();
        var cache = new JourneyModelCache(source.Clock);
        var first = await source.GetAsync(cache, Key, Version);

        source.Counts = Counts with { Touchpoints = 101 };
        source.Clock.Advance(JourneyModelCache.RecountInterval);
        var second = await source.GetAsync(cache, Key, Version);

        Assert.NotSame(first, second);
        Assert.Equal(2, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_ConcurrentFirstRequests_ShareOneFit()
    {
        var cache = new JourneyModelCache(new ManualClock());
        var gate = new TaskCompletionSource<FittedJourneyModel>(TaskCreationOptions.RunContinuationsAsynchronously);

        var waiting = Enumerable.Range(0, 16).Select(_ => cache.GetAsync(Key, Version, _ => Task.FromResult(Counts), () => gate.Task, CancellationToken.None)).ToList();
        gate.SetResult(new FittedJourneyModel(Model(), Counts));
        var models = await Task.WhenAll(waiting);

        Assert.Equal(1, cache.Fits);
        Assert.All(models, m => Assert.Same(models[0], m));
    }

    [Fact]
    public async Task GetAsync_ConcurrentRequestsWhenRecountDue_OneCountsTheOthersGoOn()
    {
        var clock = new ManualClock();
        var cache = new JourneyModelCache(clock);
        await cache.GetAsync(Key, Version, _ => Task.FromResult(Counts), () => Task.FromResult(new FittedJourneyModel(Model(), Counts)), CancellationToken.None);
        clock.Advance(JourneyModelCache.RecountInterval);
        var counting = new TaskCompletionSource<JourneyRangeCounts>(TaskCreationOptions.RunContinuationsAsynchronously);
        var counts = 0;

        var slow = cache.GetAsync(Key, Version, _ => { counts++; return counting.Task; }, () => throw new InvalidOperationException("no refit"), CancellationToken.None);
        var others = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            cache.GetAsync(Key, Version, _ => { counts++; return counting.Task; }, () => throw new InvalidOperationException("no refit"), CancellationToken.None)));
        counting.SetResult(Counts);
        await slow;

        Assert.Equal(1, counts);
        Assert.Equal(1, cache.Fits);
        Assert.All(others, m => Assert.Same(others[0], m));
    }

    [Fact]
    public async Task GetAsync_FailedFit_IsForgottenAndRetried()
    {
        var cache = new JourneyModelCache(new ManualClock());

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync(Key, Version, _ => Task.FromResult(Counts), () => throw new InvalidOperationException("db down"), CancellationToken.None));
        var model = await cache.GetAsync(Key, Version, _ => Task.FromResult(Counts), () => Task.FromResult(new FittedJourneyModel(Model(), Counts)), CancellationToken.None);

        Assert.NotNull(model);
        Assert.Equal(2, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_WaiterCancelled_FitContinuesForOthers()
    {
        var cache = new JourneyModelCache(new ManualClock());
        var gate = new TaskCompletionSource<FittedJourneyModel>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancel = new CancellationTokenSource();

        var cancelled = cache.GetAsync(Key, Version, _ => Task.FromResult(Counts), () => gate.Task, cancel.Token);
        var other = cache.GetAsync(Key, Version, _ => Task.FromResult(Counts), () => gate.Task, CancellationToken.None);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        gate.SetResult(new FittedJourneyModel(Model(), Counts));

        Assert.NotNull(await other);
        Assert.Equal(1, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_OlderThanMaxAge_Refits()
    {
        var source = new Source();
        var cache = new JourneyModelCache(source.Clock);

        await source.GetAsync(cache, Key, Version);
        source.Clock.Advance(JourneyModelCache.MaxAge - TimeSpan.FromSeconds(1));
        await source.GetAsync(cache, Key, Version);
        source.Clock.Advance(TimeSpan.FromSeconds(1));
        await source.GetAsync(cache, Key, Version);

        Assert.Equal(2, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_BeyondCapacity_DropsTheLeastRecentlyUsed()
    {
        var source = new Source();
        var cache = new JourneyModelCache(source.Clock);
        for (var i = 0; i < JourneyModelCache.Capacity; i++)
        {
            await source.GetAsync(cache, Key with { Order = i + 1 }, Version);
            source.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        await source.GetAsync(cache, Key with { Order = 1 }, Version);
        source.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await source.GetAsync(cache, Key with { Order = 0 }, Version);
        await source.GetAsync(cache, Key with { Order = 1 }, Version);
        await source.GetAsync(cache, Key with { Order = 2 }, Version);

        Assert.Equal(JourneyModelCache.Capacity, cache.Count);
        Assert.Equal(JourneyModelCache.Capacity + 2, cache.Fits);
    }

    private static MarkovModel Model() => new(1, 0.25, new Dictionary<string, double> { ["email"] = 0.5 });

    /// <summary>Counts and fits on demand, counting the calls.</summary>
    private sealed class Source
    {
        public ManualClock Clock { get; } = new();

        public JourneyRangeCounts Counts { get; set; } = JourneyModelCacheTests.Counts;

        public int Fits { get; private set; }

        public int Counted { get; private set; }

        public Task<MarkovModel> GetAsync(JourneyModelCache cache, JourneyModelKey key, JourneyDataVersion version) =>
            cache.GetAsync(
                key,
                version,
                _ =>
                {
                    Counted++;
                    return Task.FromResult(Counts);
                },
                () =>
                {
                    Fits++;
                    return Task.FromResult(new FittedJourneyModel(Model(), Counts));
                },
                CancellationToken.None);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
