namespace Attribution.Analytics.Optimization;

/// <summary>
/// Local refinement of a feasible allocation by greedy hill-climbing: with step sigma, repeatedly make the single best
/// budget-preserving move of <c>t = min(sigma, u_i - x_i, x_j - l_j)</c> from channel j (the smallest loss
/// <c>f_j(x_j) - f_j(x_j - t)</c>) to channel i (the largest gain <c>f_i(x_i + t) - f_i(x_i)</c>) while it raises the total,
/// then halve sigma, from the grid step down to 2^-30 of it. Every move keeps the bounds and the total, so the result is
/// feasible and never worse than the start; it ends at a point where no pairwise move of the final step helps, i.e. the
/// marginal ROIs of the channels that can still move are equal to within the step (the KKT conditions).
/// </summary>
/// <remarks>
/// Pairwise exchange ("marginal analysis") for separable resource allocation: Ibaraki and Katoh (1988), "Resource
/// Allocation Problems: Algorithmic Approaches", chapter 4; the incremental-step climb of Google Meridian's budget
/// optimizer and of Robyn's allocator (Meta), here started from <see cref="GridAllocator"/>'s global grid optimum.
/// </remarks>
internal static class ExchangeRefinement
{
    private const int Halvings = 30;
    private const int MaxMoves = 10_000;

    public static void Refine(IReadOnlyList<ResponseCurve> curves, double[] spends, double[] lower, double[] upper, double step)
    {
        var count = curves.Count;
        var values = new double[count];
        for (var c = 0; c < count; c++)
        {
            values[c] = curves[c].Response(spends[c]);
        }

        var sigma = step;
        for (var halving = 0; halving <= Halvings && sigma > 0; halving++, sigma *= 0.5)
        {
            for (var move = 0; move < MaxMoves; move++)
            {
                var tolerance = 1e-14 * Math.Abs(values.Sum());
                var (gain, receiver, giver, amount, up, down) = (tolerance, -1, -1, 0.0, 0.0, 0.0);
                for (var i = 0; i < count; i++)
                {
                    var roomUp = upper[i] - spends[i];
                    if (roomUp <= 0)
                    {
                        continue;
                    }

                    for (var j = 0; j < count; j++)
                    {
                        var roomDown = spends[j] - lower[j];
                        if (j == i || roomDown <= 0)
                        {
                            continue;
                        }

                        var t = Math.Min(sigma, Math.Min(roomUp, roomDown));
                        var raised = curves[i].Response(spends[i] + t);
                        var lowered = curves[j].Response(spends[j] - t);
                        var change = raised - values[i] + lowered - values[j];
                        if (change > gain)
                        {
                            (gain, receiver, giver, amount, up, down) = (change, i, j, t, raised, lowered);
                        }
                    }
                }

                if (receiver < 0)
                {
                    break;
                }

                spends[receiver] = Math.Min(upper[receiver], spends[receiver] + amount);
                spends[giver] = Math.Max(lower[giver], spends[giver] - amount);
                values[receiver] = up;
                values[giver] = down;
            }
        }
    }
}
