using Attribution.Server;
using Attribution.Server.Commands;

if (args is [SeedDemoCommand.Name, ..])
{
    return await SeedDemoCommand.RunAsync(args[1..], TimeProvider.System);
}

var app = ServerApp.Build(args);
await app.RunAsync();
return 0;
