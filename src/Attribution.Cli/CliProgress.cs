using System.Globalization;

namespace Attribution.Cli;

/// <summary>
/// A progress bar on stderr for long work: redrawn in place on a terminal, one line per 10% otherwise (logs stay
/// readable). Thread-safe: parallel workers add their steps.
/// </summary>
internal sealed class CliProgress(TextWriter stderr, string label, long total)
{
    private const int Width = 30;
    private readonly Lock _gate = new();
    private long _done;
    private int _shownTenth = -1;

    public void Add(long steps)
    {
        var done = Interlocked.Add(ref _done, steps);
        var fraction = total == 0 ? 1 : Math.Min(1.0, (double)done / total);
        lock (_gate)
        {
            if (!Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error))
            {
                var filled = (int)(fraction * Width);
                stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {fraction,4:P0}"));
                return;
            }

            var tenth = (int)(fraction * 10);
            if (tenth > _shownTenth)
            {
                _shownTenth = tenth;
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {fraction:P0}"));
            }
        }
    }

    public void Done()
    {
        if (!Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error))
        {
            stderr.WriteLine();
        }
    }
}
