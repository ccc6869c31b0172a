using Attribution.Analytics.Journeys;
using FsCheck;
using FsCheck.Fluent;

namespace Attribution.Analytics.Tests.Journeys;

/// <summary>
/// FsCheck generators: journeys of 0-12 touches over five channels (one of them direct, so all-direct paths occur) with
/// touch ages of 0-30 days on a minute grid and revenue 0-5,000; small path sets over 2-5 channels with conversion and null
/// counts 0-4; Markov models with random removal effects (zeros included).
/// </summary>
public static class JourneyArbitraries
{
    public static readonly string[] Channels = ["direct", "email", "paid_search", "display", "organic_search"];

    private static readonly DateTimeOffset Converted = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    public static Arbitrary<Journey> Journey() => Arb.From(JourneyGen);

    public static Arbitrary<Journey[]> Journeys() => Arb.From(Gen.ArrayOf(JourneyGen));

    public static Arbitrary<ChannelPath[]> Paths() => Arb.From(
        from channels in Gen.Choose(2, 5)
        from paths in Gen.ArrayOf(PathGen(channels)).Where(p => p.Length > 0)
        select paths);

    public static Arbitrary<MarkovModel> Model() => Arb.From(
        from effects in Gen.ArrayOf(Gen.Choose(0, 4).Select(e => e / 4.0), Channels.Length)
        select new MarkovModel(1, 0.5, Channels.Zip(effects).ToDictionary(p => p.First, p => p.Second)));

    private static Gen<Journey> JourneyGen =>
        from n in Gen.Choose(0, 12)
        from channels in Gen.ArrayOf(Gen.Elements(Channels), n)
        from minutes in Gen.ArrayOf(Gen.Choose(0, 30 * 24 * 60), n)
        from cents in Gen.Choose(0, 500_000)
        select new Journey(
            [.. minutes.Order().Reverse().Zip(channels, (m, c) => new Touch(c, Converted.AddMinutes(-m)))],
            Converted,
            cents / 100.0);

    private static Gen<ChannelPath> PathGen(int channels) =>
        from length in Gen.Choose(1, 6)
        from path in Gen.ArrayOf(Gen.Choose(0, channels - 1).Select(c => ((char)('A' + c)).ToString()), length)
        from conversions in Gen.Choose(0, 4)
        from nulls in Gen.Choose(0, 4)
        select new ChannelPath(path, conversions, conversions * 10.0, nulls);
}
