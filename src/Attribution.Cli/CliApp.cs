namespace Attribution.Cli;

/// <summary>
/// The analyst CLI: <c>attribution &lt;command&gt; ...</c>, CSV in, JSON out. Bad input exits with code 2
/// and a one-line message on stderr. Commands register themselves in <see cref="Commands"/>.
/// </summary>
public static class CliApp
{
    public const int BadInput = 2;

    /// <summary>Command name to its runner (arguments after the name, stdout, stderr) returning the exit code.</summary>
    public static IReadOnlyDictionary<string, Func<string[], TextWriter, TextWriter, int>> Commands { get; } =
        new Dictionary<string, Func<string[], TextWriter, TextWriter, int>>(StringComparer.Ordinal)
        {
            ["paths"] = Paths.PathsCommand.Run,
            ["mmm"] = Mmm.MmmCommand.Run,
        };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            stderr.WriteLine(Usage());
            return args.Length == 0 ? BadInput : 0;
        }

        if (!Commands.TryGetValue(args[0], out var command))
        {
            stderr.WriteLine($"attribution: unknown command '{args[0]}'. {Usage()}");
            return BadInput;
        }

        return command(args[1..], stdout, stderr);
    }

    private static string Usage() => Commands.Count == 0
        ? "usage: attribution <command> [options] (no commands are installed in this build)"
        : $"usage: attribution <{string.Join('|', Commands.Keys.Order(StringComparer.Ordinal))}> [options]";
}
