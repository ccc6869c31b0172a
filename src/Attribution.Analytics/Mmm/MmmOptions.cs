namespace Attribution.Analytics.Mmm;

/// <summary>
/// How to fit a media mix model: <paramref name="Chains"/> independent NUTS chains of <paramref name="Warmup"/> adaptation
/// and <paramref name="Draws"/> kept iterations, seeded by <paramref name="Seed"/> (chain <c>i</c> uses stream <c>i</c>).
/// <paramref name="MinimumPeriods"/> defaults to 52 weekly or 364 daily periods; <paramref name="AdstockMaxLag"/> to
/// 8 weeks or 28 days. <paramref name="Priors"/> defaults to <see cref="MmmPriors.Default"/>. When
/// <paramref name="MaxPlausibleRoi"/> is set (it needs target and spend in the same currency), a posterior-mean ROI
/// above it is also reported as implausible.
/// </summary>
public sealed record MmmOptions(
    int Chains = 4,
    int Draws = 1000,
    int Warmup = 1000,
    ulong Seed = 1,
    double TargetAcceptance = 0.8,
    int MaxTreeDepth = 10,
    int? MinimumPeriods = null,
    int? AdstockMaxLag = null,
    MmmPriors? Priors = null,
    double? MaxPlausibleRoi = null)
{
    public const int MaxChains = 64;

    public const int MinDraws = 20;

    public const int MaxIterations = 100_000;

    /// <summary>The minimum number of periods for <paramref name="granularity"/>: 52 weeks or 364 days unless set.</summary>
    public int MinimumPeriodsFor(MmmGranularity granularity) => MinimumPeriods ?? (granularity == MmmGranularity.Daily ? 364 : 52);

    /// <summary>The adstock window L for <paramref name="granularity"/>: 8 weeks or 28 days unless set.</summary>
    public int AdstockMaxLagFor(MmmGranularity granularity) => AdstockMaxLag ?? (granularity == MmmGranularity.Daily ? 28 : 8);

    /// <summary>The priors in use.</summary>
    public MmmPriors EffectivePriors => Priors ?? MmmPriors.Default;

    /// <summary>Throws <see cref="MmmInputException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        Check(Chains is >= 1 and <= MaxChains, "chains", $"Chains must be between 1 and {MaxChains}.");
        Check(Draws is >= MinDraws and <= MaxIterations, "draws", $"Draws must be between {MinDraws} and {MaxIterations}.");
        Check(Warmup is >= 0 and <= MaxIterations, "warmup", $"Warm-up must be between 0 and {MaxIterations}.");
        Check(TargetAcceptance is > 0 and < 1, "targetAcceptance", "The target acceptance rate must be strictly between 0 and 1.");
        Check(MaxTreeDepth is >= 1 and <= 15, "maxTreeDepth", "The maximum tree depth must be between 1 and 15.");
        Check(MinimumPeriods is null or >= 1, "minimumPeriods", "The minimum number of periods must be positive.");
        Check(AdstockMaxLag is null or (>= 1 and <= 365), "adstockMaxLag", "The adstock window must be between 1 and 365 periods.");
        Check(MaxPlausibleRoi is null || (MaxPlausibleRoi > 0 && double.IsFinite(MaxPlausibleRoi.Value)), "maxPlausibleRoi",
            "The maximum plausible ROI must be a positive finite number.");
        EffectivePriors.Validate();
    }

    private static void Check(bool valid, string field, string message)
    {
        if (!valid)
        {
            throw new MmmInputException(field, message);
        }
    }
}
