using Attribution.Server;
using Attribution.Server.Commands;

// `dotnet run --project src/Attribution.Server -- <command> ...` runs a command instead of serving.
switch (args.FirstOrDefault())
{
    case DevTokenCommand.Name:
        return await DevTokenCommand.RunAsync(args[1..]);
    case SeedDemoCommand.Name:
        return await SeedDemoCommand.RunAsync(args[1..], TimeProvider.System);
    default:
        await ServerApp.Build(args).RunAsync();
        return 0;
}
