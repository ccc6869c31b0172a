namespace Attribution.Cli;

/// <summary>Where a command's JSON goes: the <c>--output</c> file when given, else stdout.</summary>
internal static class CliOutput
{
    public static void Write(string json, string? output, TextWriter stdout)
    {
        if (output is null)
        {
            stdout.WriteLine(json);
        }
        else
        {
            File.WriteAllText(output, json + Environment.NewLine);
        }
    }
}
