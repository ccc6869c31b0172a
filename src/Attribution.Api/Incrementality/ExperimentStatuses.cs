namespace Attribution.Api.Incrementality;

/// <summary>
/// An experiment's statuses and the transitions a PATCH may make: draft -> scheduled | cancelled; scheduled -> draft |
/// running | cancelled; running -> analyzing | cancelled; analyzing -> completed | running; completed and cancelled are
/// final. Anything else is a 409. Only a draft may be edited; only a draft or a cancelled experiment may be deleted.
/// </summary>
public static class ExperimentStatuses
{
    public const string Draft = "draft";
    public const string Scheduled = "scheduled";
    public const string Running = "running";
    public const string Analyzing = "analyzing";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [Draft, Scheduled, Running, Analyzing, Completed, Cancelled];

    private static readonly Dictionary<string, string[]> Next = new(StringComparer.Ordinal)
    {
        [Draft] = [Scheduled, Cancelled],
        [Scheduled] = [Draft, Running, Cancelled],
        [Running] = [Analyzing, Cancelled],
        [Analyzing] = [Completed, Running],
        [Completed] = [],
        [Cancelled] = [],
    };

    public static bool CanMove(string from, string to) => from == to || (Next.TryGetValue(from, out var next) && next.Contains(to));

    public static IReadOnlyList<string> From(string status) => Next.GetValueOrDefault(status) ?? [];

    public static bool CanDelete(string status) => status is Draft or Cancelled;
}
