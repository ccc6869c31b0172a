namespace Attribution.Analytics.Optimization;

/// <summary>
/// A budget request that cannot be met. <see cref="Constraint"/> names the offending member as the HTTP request spells
/// it: <c>totalBudget</c>, <c>target</c>, <c>constraints.&lt;channel&gt;</c>, <c>constraints.&lt;channel&gt;.min</c> or
/// <c>constraints.&lt;channel&gt;.max</c>; the message says why.
/// </summary>
public sealed class BudgetInfeasibleException : Exception
{
    public BudgetInfeasibleException(string constraint, string message)
        : base(message)
    {
        Constraint = constraint;
    }

    /// <summary>The offending member, e.g. <c>constraints.tv.min</c>.</summary>
    public string Constraint { get; }
}
