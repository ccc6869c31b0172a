namespace Attribution.Analytics.Optimization;

/// <summary>
/// The target-ROI budget: the largest B in <c>[sum_c l_c, min(sum_c u_c, cap)]</c> whose optimized total ROI
/// <c>R(B) / B</c> (R the <see cref="SpendAllocator"/> optimum) is at least the target. R(B) / B is scanned at 17 evenly
/// spaced budgets (the lowest replaced by 1e-9 of the highest when the minimums sum to 0), and between the last budget
/// that reaches the target and the next one the crossing is found by 40 bisections; when none reaches it the target is
/// unreachable.
/// </summary>
/// <remarks>
/// Google Meridian, budget optimization scenarios ("flexible budget: target ROI", which spends while the overall ROI stays
/// at or above the target).
/// </remarks>
internal static class TargetRoiSearch
{
    private const int Scan = 16;
    private const int Bisections = 40;

    public static double Budget(IReadOnlyList<ResponseCurve> curves, BudgetBounds bounds, double cap, double target)
    {
        var highest = Math.Min(bounds.UpperTotal, cap);
        var lowest = bounds.LowerTotal > 0 ? bounds.LowerTotal : 1e-9 * highest;
        double Roi(double budget) => SpendAllocator.Total(curves, SpendAllocator.Allocate(curves, bounds, budget)) / budget;
        var last = -1;
        var best = 0.0;
        for (var k = 0; k <= Scan; k++)
        {
            var roi = Roi(Level(k));
            best = Math.Max(best, roi);
            last = roi >= target ? k : last;
        }

        if (last < 0)
        {
            throw new BudgetInfeasibleException("target", $"No budget within the bounds reaches an ROI of {target:G6}; the best optimized ROI is {best:G6}.");
        }

        if (last == Scan)
        {
            return highest;
        }

        var (low, high) = (Level(last), Level(last + 1));
        for (var i = 0; i < Bisections; i++)
        {
            var middle = 0.5 * (low + high);
            (low, high) = Roi(middle) >= target ? (middle, high) : (low, middle);
        }

        return low;

        double Level(int k) => k == Scan ? highest : lowest + ((highest - lowest) * k / Scan);
    }
}
