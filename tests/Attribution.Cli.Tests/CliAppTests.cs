namespace Attribution.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void Run_UnknownCommand_Exits2WithOneLineMessage()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var code = CliApp.Run(["frobnicate"], stdout, stderr);

        Assert.Equal(CliApp.BadInput, code);
        Assert.Empty(stdout.ToString());
        Assert.Single(stderr.ToString().Trim().Split('\n'));
        Assert.Contains("unknown command 'frobnicate'", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoArguments_PrintsUsageAndExits2()
    {
        var stderr = new StringWriter();

        Assert.Equal(CliApp.BadInput, CliApp.Run([], new StringWriter(), stderr));
        Assert.StartsWith("usage: attribution", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_Exits0() => Assert.Equal(0, CliApp.Run(["--help"], new StringWriter(), new StringWriter()));
}
