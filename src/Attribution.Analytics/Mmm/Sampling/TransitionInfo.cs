namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// What one NUTS transition did: the mean Metropolis acceptance over the whole trajectory (the dual-averaging
/// statistic), the tree depth reached, whether a divergence ended it, and the Hamiltonian of the selected point.
/// </summary>
internal readonly record struct TransitionInfo(double Acceptance, int TreeDepth, bool Divergent, double Energy);
