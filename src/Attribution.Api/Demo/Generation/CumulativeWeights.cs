namespace Attribution.Api.Demo.Generation;

/// <summary>A discrete distribution over indexes 0..n-1 in proportion to non-negative weights, sampled by binary search.</summary>
public sealed class CumulativeWeights
{
    private readonly double[] _cumulative;

    public CumulativeWeights(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += Math.Max(0, weights[i]);
            _cumulative[i] = sum;
        }

        if (sum <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }
    }

    public int Sample(DemoRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = Math.Min(index < 0 ? ~index : index + 1, _cumulative.Length - 1);
        while (index < _cumulative.Length - 1 && _cumulative[index] == (index == 0 ? 0 : _cumulative[index - 1]))
        {
            index++;
        }

        return index;
    }
}
