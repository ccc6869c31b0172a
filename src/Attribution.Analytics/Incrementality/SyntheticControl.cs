namespace Attribution.Analytics.Incrementality;

/// <summary>
/// Geo-lift point estimate by synthetic control with unit fixed effects (GeoLift's default, no augmentation): each
/// location is demeaned by its pre-period mean, the treated series is the mean of the test locations, simplex donor
/// weights minimise the pre-period squared error, and the counterfactual is the pre-period treated mean plus the weighted
/// demeaned donors. ATT = mean over post periods of (observed - counterfactual); incremental = ATT x post periods x test
/// locations; lift % = 100 x sum(observed - counterfactual) / |sum counterfactual| (post period); scaled L2 = L2
/// imbalance / L2 imbalance of uniform weights.
/// </summary>
/// <remarks>
/// Abadie, Diamond and Hainmueller (2010), "Synthetic Control Methods for Comparative Case Studies", JASA;
/// Ben-Michael, Feller and Rothstein (2021), "The Augmented Synthetic Control Method", JASA; GeoLift (Meta, MIT).
/// </remarks>
public static class SyntheticControl
{
    public static SyntheticControlResult Fit(SyntheticControlRequest request)
    {
        var design = GeoDesignMatrix.From(request);
        var fit = FixedEffectsFit.Fit(design.TreatedRows, design.DonorRows, request.TreatmentStart);
        var pre = request.TreatmentStart;
        var post = request.TreatmentEnd - request.TreatmentStart + 1;
        var observedPost = fit.Treated.Skip(pre).Sum();
        var counterfactualPost = fit.Counterfactual.Skip(pre).Sum();
        var att = (observedPost - counterfactualPost) / post;
        var weights = design.DonorNames.Select((name, j) => new DonorWeight(name, fit.Weights[j]))
            .OrderByDescending(w => w.Weight)
            .ToArray();
        return new SyntheticControlResult(
            weights,
            fit.Treated,
            fit.Counterfactual,
            pre,
            post,
            att,
            100 * (observedPost - counterfactualPost) / Math.Abs(counterfactualPost),
            att * post * design.TreatedRows.Length,
            fit.L2,
            fit.ScaledL2);
    }
}
