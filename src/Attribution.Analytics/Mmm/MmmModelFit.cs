namespace Attribution.Analytics.Mmm;

/// <summary>
/// In-sample fit of the posterior-mean prediction <c>f_t</c> (mean over draws of the model mean, target units):
/// <c>RSquared = 1 - sum (y - f)^2 / sum (y - mean y)^2</c>; <c>Mape = mean |y - f| / y</c> over periods with y &gt; 0;
/// <c>Wmape = sum |y - f| / sum y</c>; <c>Nrmse = sqrt(mean (y - f)^2) / (max y - min y)</c>. <paramref name="BayesianRSquared"/>
/// is, per draw s, <c>var(f_s) / (var(f_s) + var(y - f_s))</c> summarised over draws.
/// </summary>
/// <remarks>
/// Bayesian R-squared: Gelman, Goodrich, Gabry and Vehtari (2019), "R-squared for Bayesian regression models", The
/// American Statistician 73(3), equation (3) with residual variances. NRMSE over the range as in Meta's Robyn.
/// </remarks>
public sealed record MmmModelFit(double RSquared, double Mape, double Wmape, double Nrmse, MmmEstimate BayesianRSquared);
