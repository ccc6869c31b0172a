using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attribution.Api.Demo;

namespace Attribution.Api.Tests.Demo;

/// <summary>Datasets shared by the demo tests (generated once per test run) and a content hash.</summary>
internal static class DemoDatasets
{
    public static readonly DateOnly EndDate = new(2025, 6, 30);

    private static readonly Lazy<DemoDataset> LazyDefault = new(() => DemoGenerator.Generate(new DemoOptions { EndDate = EndDate }));

    /// <summary>The full default dataset: seed 42, 730 days, about 100,000 conversions.</summary>
    public static DemoDataset Default => LazyDefault.Value;

    /// <summary>A small dataset (150 days, about 6,000 conversions) for tests that generate several.</summary>
    public static DemoDataset Small(long seed) =>
        DemoGenerator.Generate(new DemoOptions { EndDate = EndDate, Seed = seed, Days = 150, TargetConversions = 6_000 });

    /// <summary>SHA-256 over every row of every table and the experiment, in order, in an invariant text form.</summary>
    public static string Hash(DemoDataset dataset)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string line) => hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        foreach (var t in dataset.Touchpoints)
        {
            Add(string.Join('|', t.ExternalId, t.CustomerId, t.OccurredAt.ToString("O", CultureInfo.InvariantCulture), t.Channel, t.Source, t.Medium, t.Campaign, t.Platform, t.Region));
        }

        foreach (var c in dataset.Conversions)
        {
            Add(string.Join('|', c.ExternalId, c.CustomerId, c.CustomerEmail, c.OccurredAt.ToString("O", CultureInfo.InvariantCulture), c.Revenue.ToString(CultureInfo.InvariantCulture), c.Currency, c.IsNewCustomer, c.Region));
        }

        foreach (var s in dataset.Spend)
        {
            Add(string.Join('|', s.Date.ToString("O", CultureInfo.InvariantCulture), s.Channel, s.Platform, s.Region, s.Spend.ToString(CultureInfo.InvariantCulture), s.Impressions, s.Clicks));
        }

        foreach (var g in dataset.GeoKpis)
        {
            Add(string.Join('|', g.Date.ToString("O", CultureInfo.InvariantCulture), g.Region, g.Revenue.ToString(CultureInfo.InvariantCulture), g.Conversions));
        }

        var e = dataset.Experiment;
        Add(string.Join('|', e.Id, e.Name, e.Platform, string.Join(',', e.TestRegions), e.StartDate, e.EndDate, e.PreTestDays, e.BudgetEstimate, e.Status));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
