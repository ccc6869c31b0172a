using Attribution.Analytics.Mmm;

namespace Attribution.Benchmarks.Optimization;

/// <summary>
/// A seeded simulated MMM posterior (104 weekly periods): per channel a spend scale U(1,000, 5,000) per week, a current
/// spend of U(0.5, 1) times it, and draws scattered around channel centres: beta = U(500, 2,500) x LogNormal(0, 0.2),
/// half saturation U(0.6, 1.6) x LogNormal(0, 0.15) (scaled spend), decay U(0.1, 0.6); the shape is concave on even
/// channels (U(0.6, 0.95) x LogNormal(0, 0.05), capped at 1) and S-shaped on odd ones (U(1.5, 2.5) x LogNormal(0, 0.1)).
/// </summary>
internal static class PosteriorGenerator
{
    public const int Weeks = 104;

    public static MmmPosterior Generate(int channels, int draws, int seed)
    {
        var random = new Random(seed);
        double Uniform(double low, double high) => low + ((high - low) * random.NextDouble());
        double LogNormal(double sigma) => Math.Exp(sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        var posterior = new MmmChannelPosterior[channels];
        for (var c = 0; c < channels; c++)
        {
            var scale = Uniform(1000, 5000);
            var spend = scale * Uniform(0.5, 1) * Weeks;
            var (beta, k, decay) = (Uniform(500, 2500), Uniform(0.6, 1.6), Uniform(0.1, 0.6));
            var sShaped = c % 2 == 1;
            var shape = sShaped ? Uniform(1.5, 2.5) : Uniform(0.6, 0.95);
            posterior[c] = new MmmChannelPosterior(
                $"channel_{c + 1:D2}",
                scale,
                spend,
                [.. Enumerable.Range(0, draws).Select(_ => beta * LogNormal(0.2))],
                [.. Enumerable.Range(0, draws).Select(_ => decay)],
                [.. Enumerable.Range(0, draws).Select(_ => k * LogNormal(0.15))],
                [.. Enumerable.Range(0, draws).Select(_ => sShaped ? shape * LogNormal(0.1) : Math.Min(1, shape * LogNormal(0.05)))]);
        }

        return new MmmPosterior(MmmGranularity.Weekly, Weeks, 8, draws, posterior);
    }
}
