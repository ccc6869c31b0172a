namespace Attribution.Analytics.Mmm;

/// <summary>
/// Review warnings of a fit, one sentence each:
/// <list type="bullet">
/// <item>convergence: some parameter's rank-normalised split R-hat above <see cref="MmmConvergence.MaxRhat"/> = 1.05, or not computable;</item>
/// <item>divergences: more than 1% of all draws ended in a divergent transition;</item>
/// <item>low ESS: a bulk or tail ESS below 100 per chain;</item>
/// <item>implausible ROI: a channel's posterior-mean ROI above the ratio of the total target to the total spend of all
/// channels (spending the whole media budget at that channel's average return would buy more than everything observed),
/// or above <see cref="MmmOptions.MaxPlausibleRoi"/> when set;</item>
/// <item>negative baseline: the posterior mean of the baseline (intercept + trend + seasonality + controls, summed over
/// the window) is negative, i.e. the media explain more than the whole target.</item>
/// </list>
/// </summary>
/// <remarks>
/// Thresholds from Vehtari et al. (2021), "Rank-normalization, folding, and localization: an improved R-hat for
/// assessing convergence of MCMC" (R-hat, ESS per chain) and the Stan documentation's advice on divergent transitions.
/// </remarks>
internal static class MmmWarnings
{
    public static IReadOnlyList<string> Build(MmmProblem problem, MmmDiagnostics diagnostics, IReadOnlyList<MmmParameterSummary> parameters,
        MmmEstimate baseline, IReadOnlyList<MmmChannelResult> channels)
    {
        var warnings = new List<string>();
        var worst = parameters.Where(p => double.IsFinite(p.Rhat)).OrderByDescending(p => p.Rhat).FirstOrDefault();
        if (worst is not null && worst.Rhat > MmmConvergence.MaxRhat)
        {
            warnings.Add(FormattableString.Invariant($"Max R-hat {worst.Rhat:F3} ({worst.Name}) is above {MmmConvergence.MaxRhat}: the chains disagree; run more warm-up and draws before trusting the results."));
        }

        var missing = parameters.Count(p => !double.IsFinite(p.Rhat));
        if (missing > 0)
        {
            warnings.Add($"R-hat could not be computed for {missing} parameter(s) (fewer than 4 draws per chain, or draws that never move).");
        }

        var total = diagnostics.Chains * diagnostics.Draws;
        if (diagnostics.Divergences > MmmConvergence.MaxDivergenceShare * total)
        {
            warnings.Add(FormattableString.Invariant($"{diagnostics.Divergences} of {total} draws ({100.0 * diagnostics.Divergences / total:F1}%) ended in divergent transitions: the posterior may be biased."));
        }

        var minimum = MmmConvergence.MinEssPerChain * diagnostics.Chains;
        if (diagnostics.MinEss < minimum || diagnostics.MinTailEss < minimum)
        {
            warnings.Add(FormattableString.Invariant($"Low effective sample size (bulk {diagnostics.MinEss:F0}, tail {diagnostics.MinTailEss:F0}; want at least {minimum:F0}): intervals are imprecise; run more draws."));
        }

        var ratio = problem.Dataset.Target.Sum() / channels.Sum(c => c.Spend);
        foreach (var channel in channels)
        {
            var limit = Math.Min(ratio, problem.Options.MaxPlausibleRoi ?? double.PositiveInfinity);
            if (channel.Roi.Mean > limit)
            {
                warnings.Add(FormattableString.Invariant($"Implausible ROI for '{channel.Channel}': {channel.Roi.Mean:G4} is above {limit:G4} (total target per unit of total spend{(problem.Options.MaxPlausibleRoi is null ? "" : ", or the configured maximum")})."));
            }
        }

        if (baseline.Mean < 0)
        {
            warnings.Add(FormattableString.Invariant($"The baseline is negative ({baseline.Mean:G4}): the media explain more than the whole target; check the data and priors."));
        }

        return warnings;
    }
}
