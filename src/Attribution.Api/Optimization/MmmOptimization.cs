using Attribution.Analytics.Mmm;
using Attribution.Analytics.Optimization;
using Attribution.Api.Mmm;
using Attribution.Api.Tenancy;

namespace Attribution.Api.Optimization;

/// <summary>
/// The workflow steps of budget optimization (DESIGN.md section 6), shared by the route's inline run, the Server's job and
/// the Durable orchestration: <see cref="RecommendAsync"/> (the requested scenario) and one <see cref="SolveLevelAsync"/>
/// per budget level (in parallel), then <see cref="Assemble"/> (the frontier and the recommendation). Each step rebuilds
/// the model's posterior from PostgreSQL and takes and returns small records.
/// </summary>
public static class MmmOptimization
{
    public static async Task<BudgetAllocation> RecommendAsync(ITenantUnitOfWork work, OptimizationInput input, CancellationToken cancellationToken)
    {
        var problem = await ProblemAsync(work, input, cancellationToken);
        return await Task.Run(() => BudgetOptimizer.Optimize(problem, input.Request), cancellationToken);
    }

    public static async Task<BudgetFrontierPoint?> SolveLevelAsync(ITenantUnitOfWork work, OptimizationLevelInput level, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(level);
        var problem = await ProblemAsync(work, level.Optimization, cancellationToken);
        return await Task.Run(() => BudgetOptimizer.SolveLevel(problem, level.Optimization.Request, level.Budget), cancellationToken);
    }

    /// <summary>The budget levels of the frontier: the request's, else <c>LevelCount</c> levels from 50% to 150% of current spend.</summary>
    public static async Task<IReadOnlyList<double>> LevelsAsync(ITenantUnitOfWork work, OptimizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Levels is { } levels)
        {
            return levels;
        }

        var problem = await ProblemAsync(work, input, cancellationToken);
        return BudgetFrontier.Levels(problem.CurrentTotal, input.LevelCount);
    }

    public static OptimizationResult Assemble(OptimizationInput input, BudgetAllocation recommendation, IEnumerable<BudgetFrontierPoint?> levels)
    {
        ArgumentNullException.ThrowIfNull(input);
        return OptimizationResult.From(input.ModelId, input.HorizonWeeks, BudgetFrontier.Assemble(recommendation, levels));
    }

    /// <summary>
    /// Everything in one process, the posterior read once: the recommendation and every level at once
    /// (<c>Task.WhenAll</c>); <paramref name="progress"/> hears (steps done, steps in all) as each finishes.
    /// </summary>
    public static async Task<OptimizationResult> RunAsync(
        ITenantUnitOfWork work, OptimizationInput input, CancellationToken cancellationToken, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problem = await ProblemAsync(work, input, cancellationToken);
        var budgets = input.Levels ?? BudgetFrontier.Levels(problem.CurrentTotal, input.LevelCount);
        var (done, total) = (0, budgets.Count + 1);
        Task<T> Step<T>(Func<T> solve) => Task.Run(() =>
        {
            var value = solve();
            progress?.Invoke(Interlocked.Increment(ref done), total);
            return value;
        }, cancellationToken);

        var recommendation = Step(() => BudgetOptimizer.Optimize(problem, input.Request));
        var points = await Task.WhenAll(budgets.Select(budget => Step(() => BudgetOptimizer.SolveLevel(problem, input.Request, budget))));
        return Assemble(input, await recommendation, points);
    }

    /// <summary>Assembles the frontier and the recommendation (<see cref="Assemble"/>) and saves the result on the optimization's row.</summary>
    public static async Task<OptimizationResult> SaveAsync(ITenantUnitOfWork work, OptimizationOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(outcome);
        var result = Assemble(outcome.Input, outcome.Recommendation, outcome.Levels);
        await work.RunAsync(async (session, ct) =>
        {
            await OptimizationStore.CompleteAsync(session, outcome.OptimizationId, result, ct);
            return true;
        }, cancellationToken);
        return result;
    }

    private static async Task<BudgetProblem> ProblemAsync(ITenantUnitOfWork work, OptimizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var posterior = await work.RunAsync((session, ct) => MmmPosteriors.LoadAsync(session, input.ModelId, ct), cancellationToken);
        var periods = posterior.Granularity == MmmGranularity.Daily ? input.HorizonWeeks * 7 : input.HorizonWeeks;
        return BudgetProblem.FromPosterior(posterior, periods);
    }
}
