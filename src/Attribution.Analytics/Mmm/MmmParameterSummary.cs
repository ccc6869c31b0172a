namespace Attribution.Analytics.Mmm;

/// <summary>
/// One parameter's posterior on the scaled problem (see <see cref="MmmParameterLayout"/>): mean, standard deviation, 90%
/// interval, rank-normalised split R-hat, bulk and tail ESS.
/// </summary>
public sealed record MmmParameterSummary(string Name, double Mean, double Sd, double Lower, double Upper, double Rhat, double BulkEss, double TailEss);
