using Attribution.Api.Demo;

namespace Attribution.Server.Commands;

/// <summary>A validated <c>seed-demo</c> invocation: its arguments, generator options, connections and truth file (null: none).</summary>
internal sealed record SeedDemoRun(SeedDemoArguments Arguments, DemoOptions Options, string AppConnectionString, string OwnerConnectionString, string? TruthPath);
