namespace Attribution.Analytics.Incrementality;

/// <summary>How the conformal test permutes the residuals.</summary>
public enum PermutationScheme
{
    /// <summary>All T cyclic shifts of the residual series (moving-block permutations; keeps serial dependence). Default.</summary>
    CyclicBlock,

    /// <summary>Random iid shuffles of the residuals (GeoLift's default; over-rejects under serial correlation).</summary>
    Iid,
}
