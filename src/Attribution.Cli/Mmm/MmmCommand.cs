namespace Attribution.Cli.Mmm;

/// <summary><c>attribution mmm &lt;fit|optimize&gt; ...</c>: the media mix model commands.</summary>
internal static class MmmCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] == "fit")
        {
            return MmmFitCommand.Run(args[1..], stdout, stderr);
        }

        if (args.Length > 0 && args[0] == "optimize")
        {
            return MmmOptimizeCommand.Run(args[1..], stdout, stderr);
        }

        stderr.WriteLine($"attribution mmm: expected a subcommand: fit, optimize{(args.Length > 0 ? $", not '{args[0]}'" : "")}");
        return CliApp.BadInput;
    }
}
