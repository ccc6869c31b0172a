namespace Attribution.Analytics.Journeys;

/// <summary>
/// One thread's first pass over a <see cref="JourneyBatch"/>: Markov transition counts (converting journeys with one
/// conversion each, non-converting paths with one null each, a journey without touches as a direct touch), conversions
/// and revenue per distinct path, and assisted / last-touch conversions per channel.
/// </summary>
internal sealed class PathTally
{
    private readonly JourneyBatch _batch;
    private readonly int[] _stamps;
    private int _stamp;

    public PathTally(JourneyBatch batch, MarkovTransitions transitions)
    {
        _batch = batch;
        Transitions = transitions;
        Paths = new PathCounter(batch.Touches, batch.Channels.Length);
        Assisted = new int[batch.Channels.Length];
        LastTouch = new int[batch.Channels.Length];
        _stamps = new int[batch.Channels.Length];
    }

    public MarkovTransitions Transitions { get; }

    public PathCounter Paths { get; }

    public int[] Assisted { get; }

    public int[] LastTouch { get; }

    public void AddJourney(int journey)
    {
        var start = _batch.Offsets[journey];
        var path = _batch.Path(journey);
        var revenue = _batch.Revenue[journey];
        Paths.Add(start, path.Length, revenue);
        if (path.IsEmpty)
        {
            Transitions.Add([_batch.DirectIndex], 1, revenue, 0);
            LastTouch[_batch.DirectIndex]++;
            return;
        }

        Transitions.Add(path, 1, revenue, 0);
        var last = path[^1];
        LastTouch[last]++;
        _stamp++;
        _stamps[last] = _stamp;
        foreach (var channel in path)
        {
            if (_stamps[channel] != _stamp)
            {
                _stamps[channel] = _stamp;
                Assisted[channel]++;
            }
        }
    }

    public void AddNull(int path) => Transitions.Add(_batch.NullPath(path), 0, 0, 1);

    public void Add(PathTally other)
    {
        Transitions.Add(other.Transitions);
        for (var c = 0; c < Assisted.Length; c++)
        {
            Assisted[c] += other.Assisted[c];
            LastTouch[c] += other.LastTouch[c];
        }

        Paths.Add(other.Paths);
    }
}
