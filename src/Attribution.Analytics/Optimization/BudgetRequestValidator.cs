namespace Attribution.Analytics.Optimization;

/// <summary>
/// Checks a <see cref="BudgetRequest"/> against its problem before any solving and throws
/// <see cref="BudgetInfeasibleException"/> naming the member: a negative, NaN or infinite <c>totalBudget</c>; a missing,
/// negative or non-finite <c>target</c> for the target scenarios; an unknown channel (<c>constraints.&lt;name&gt;</c>); a
/// negative or non-finite min or max (<c>constraints.&lt;channel&gt;.min</c> / <c>.max</c>); min &gt; max, or a lock whose
/// current spend lies outside a given min or max (<c>constraints.&lt;channel&gt;</c>).
/// </summary>
internal static class BudgetRequestValidator
{
    public static void Validate(BudgetProblem problem, BudgetRequest request)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(request);
        CheckAmount(request.TotalBudget, "totalBudget", "The total budget");
        if (!Enum.IsDefined(request.Scenario))
        {
            throw new BudgetInfeasibleException("scenario", "The scenario must be fixedBudget, targetRoi or targetMarginalRoi.");
        }

        if (request.Scenario != BudgetScenario.FixedBudget)
        {
            if (request.Target is not { } target)
            {
                throw new BudgetInfeasibleException("target", $"The {request.Scenario} scenario needs a target.");
            }

            CheckAmount(target, "target", "The target");
        }

        foreach (var (name, constraint) in request.Constraints ?? new Dictionary<string, ChannelConstraint>())
        {
            var channel = problem.Channels.FirstOrDefault(c => c.Name == name)
                ?? throw new BudgetInfeasibleException($"constraints.{name}", $"'{name}' is not a channel of the model ({string.Join(", ", problem.Channels.Select(c => c.Name))}).");
            var field = $"constraints.{name}";
            if (constraint is null)
            {
                throw new BudgetInfeasibleException(field, $"The constraint of '{name}' is empty.");
            }

            if (constraint.Min is { } min)
            {
                CheckAmount(min, field + ".min", $"The minimum spend of '{name}'");
            }

            if (constraint.Max is { } max)
            {
                CheckAmount(max, field + ".max", $"The maximum spend of '{name}'");
            }

            if (constraint.Min > constraint.Max)
            {
                throw new BudgetInfeasibleException(field, $"The minimum spend of '{name}' ({constraint.Min}) exceeds its maximum ({constraint.Max}).");
            }

            var current = channel.CurrentSpendPerPeriod * problem.HorizonPeriods;
            if (constraint.Locked && (constraint.Min > current * (1 + 1e-12) || constraint.Max < current * (1 - 1e-12)))
            {
                throw new BudgetInfeasibleException(field, $"'{name}' is locked at its current spend {current:G6}, outside its minimum or maximum.");
            }
        }
    }

    private static void CheckAmount(double value, string field, string what)
    {
        if (!(value >= 0 && double.IsFinite(value)))
        {
            throw new BudgetInfeasibleException(field, $"{what} must be a finite non-negative number; it is {value}.");
        }
    }
}
