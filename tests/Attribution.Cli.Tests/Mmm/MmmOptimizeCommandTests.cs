using System.Text.Json;

namespace Attribution.Cli.Tests.Mmm;

/// <summary>
/// <c>mmm optimize</c> on the posterior <c>mmm fit</c> wrote for the pymc-marketing example (DESIGN.md section 8):
/// allocations that spend exactly the budget within the bounds given, totals, the frontier; bad input exits 2.
/// </summary>
public sealed class MmmOptimizeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mmm-optimize-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_FitOfPymcExample_AllocatesTheBudgetWithinTheBounds()
    {
        var fit = Fit();
        var output = Path.Combine(_directory, "plan.json");

        var (code, _, stderr) = Run("mmm", "optimize", "--model", fit, "--budget", "90", "--bounds", "x2=10:20", "--output", output);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var allocations = json.RootElement.GetProperty("allocations").EnumerateArray().ToList();
        Assert.Equal(["x1", "x2"], allocations.Select(a => a.GetProperty("channel").GetString()));
        Assert.Equal(90, allocations.Sum(a => a.GetProperty("recommendedSpend").GetDouble()), 1e-6);
        Assert.InRange(allocations[1].GetProperty("recommendedSpend").GetDouble(), 10 - 1e-9, 20 + 1e-9);
        Assert.All(allocations, a => Assert.True(a.GetProperty("expectedResponse").GetProperty("mean").GetDouble() > 0));
        var totals = json.RootElement.GetProperty("totals");
        Assert.True(totals.GetProperty("optimizedResponse").GetDouble() > 0 && totals.GetProperty("currentResponse").GetDouble() > 0);
        Assert.Equal(21, json.RootElement.GetProperty("frontier").GetArrayLength());
    }

    [Theory]
    [InlineData("--bounds", "x2=5", "is not channel=min:max")]
    [InlineData("--bounds", "x2=30:10", "constraints.x2")]
    [InlineData("--bounds", "tv=1:2", "constraints.tv")]
    [InlineData("--scenario", "maximize", "--scenario must be")]
    [InlineData("--budget", "-5", "--budget must be a finite non-negative number")]
    public void Run_BadOptions_ExitTwo(string option, string value, string message)
    {
        var fit = Fit();
        string[] args = ["mmm", "optimize", "--model", fit, "--budget", "90"];
        var replaced = args.Contains(option) ? args.Select((a, i) => i > 0 && args[i - 1] == option ? value : a).ToArray() : [.. args, option, value];

        var (code, stdout, stderr) = Run(replaced);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FileWithoutPosterior_ExitsTwo()
    {
        var path = Path.Combine(_directory, "other.json");
        File.WriteAllText(path, """{"channels":[]}""");

        var (code, _, stderr) = Run("mmm", "optimize", "--model", path, "--budget", "10");

        Assert.Equal(2, code);
        Assert.Contains("has no \"posterior\"", stderr, StringComparison.Ordinal);
    }

    /// <summary>A small fit of the pymc-marketing example (2 chains x 100 draws: enough for a posterior to optimize over).</summary>
    private string Fit()
    {
        var output = Path.Combine(_directory, "fit.json");
        if (!File.Exists(output))
        {
            var input = Path.Combine(AppContext.BaseDirectory, "Mmm", "Fixtures", "pymc_marketing_mmm_example.csv");
            var (code, _, stderr) = Run("mmm", "fit", "--input", input, "--date", "date_week", "--target", "y", "--spend", "x1,x2",
                "--chains", "2", "--draws", "100", "--warmup", "150", "--seed", "4", "--output", output);
            Assert.True(code == 0, stderr);
        }

        return output;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
