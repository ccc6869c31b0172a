using System.Net;
using Attribution.Api;
using Attribution.Api.Tenancy;
using Attribution.Api.Tenancy.Auth;
using Attribution.Server.Commands;
using Attribution.Server.Tests.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Attribution.Server.Tests.Commands;

/// <summary><c>dev-token</c>: prints only a token the Server accepts, or one line and exit code 2.</summary>
public sealed class DevTokenCommandTests
{
    [Fact]
    public async Task DevToken_KnownTenant_PrintsOnlyATokenTheServerAccepts()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI, BearerAuthTests.Touch]);
        var (tenant, slug) = await TestTenants.CreateAsync();

        var (exitCode, output, error) = await RunAsync(Configuration(), "--tenant", slug, "--roles", "read,write");
        using var read = TestTokens.Request(HttpMethod.Get, "/api/admin/test/whoami", output.TrimEnd());
        using var write = TestTokens.Request(HttpMethod.Post, "/api/admin/test/touch", output.TrimEnd());
        var readResponse = await server.Client.SendAsync(read);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(HttpStatusCode.OK, readResponse.StatusCode);
        Assert.Equal(tenant, await ProblemReader.CurrentTenantAsync(readResponse));
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.SendAsync(write)).StatusCode);
    }

    [Fact]
    public async Task DevToken_OperatorFlag_SelectsAnotherTenantByHeader()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var (_, home) = await TestTenants.CreateAsync();
        var (other, otherSlug) = await TestTenants.CreateAsync();

        var (exitCode, output, _) = await RunAsync(Configuration(), "--tenant", home, "--roles", "read", "--operator");
        using var request = TestTokens.Request(HttpMethod.Get, "/api/admin/test/whoami", output.TrimEnd());
        request.Headers.Add(TenantResolver.TenantSlugHeader, otherSlug);
        var response = await server.Client.SendAsync(request);

        Assert.Equal(0, exitCode);
        Assert.Equal(other, await ProblemReader.CurrentTenantAsync(response));
    }

    [Fact]
    public async Task DevToken_Lifetime_SetsTheExpiry()
    {
        await using (await TestServer.StartAsync())
        {
        }

        var (_, slug) = await TestTenants.CreateAsync();

        var (exitCode, output, _) = await RunAsync(Configuration(), "--lifetime", "30m", "--tenant", slug, "--roles", "write");
        var token = new JsonWebToken(output.TrimEnd());

        Assert.Equal(0, exitCode);
        Assert.Equal(TimeSpan.FromMinutes(30), token.ValidTo - token.IssuedAt);
        Assert.Equal([ApiRoles.Write], token.GetPayloadValue<string[]>("roles"));
    }

    [Theory]
    [InlineData("--tenant no-such-tenant --roles read", "no tenant has the slug 'no-such-tenant'")]
    [InlineData("--tenant acme --roles read,admin", "'admin' is not a role")]
    [InlineData("--tenant acme --roles ,", "names no role")]
    [InlineData("--tenant acme", "--roles is required")]
    [InlineData("--roles read", "--tenant is required")]
    [InlineData("--tenant acme --roles read --lifetime 8x", "--lifetime '8x'")]
    [InlineData("--tenant acme --roles read --lifetime 31d", "--lifetime '31d'")]
    [InlineData("--tenant acme --roles read --subject me", "unknown argument '--subject'")]
    [InlineData("--tenant acme --roles", "--roles needs a value")]
    public async Task DevToken_BadArguments_Exit2WithOneLine(string arguments, string message)
    {
        await using (await TestServer.StartAsync())
        {
        }

        var (exitCode, output, error) = await RunAsync(Configuration(), arguments.Split(' '));

        AssertOneLineFailure(exitCode, output, error, message);
    }

    [Theory]
    [InlineData(null, "is not set")]
    [InlineData("c2hvcnQ=", "at least 32 bytes")]
    public async Task DevToken_NoUsableSigningKey_Exit2WithOneLine(string? key, string message)
    {
        var (exitCode, output, error) = await RunAsync(Configuration(key), "--tenant", "acme", "--roles", "read");

        AssertOneLineFailure(exitCode, output, error, message);
    }

    [Fact]
    public async Task DevToken_AuthorityConfigured_Exit2()
    {
        var configuration = Configuration(extra: (AuthSettings.Authority, "https://login.microsoftonline.com/x/v2.0"));

        var (exitCode, output, error) = await RunAsync(configuration, "--tenant", "acme", "--roles", "read");

        AssertOneLineFailure(exitCode, output, error, "would not accept development tokens");
    }

    private static void AssertOneLineFailure(int exitCode, string output, string error, string message)
    {
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("dev-token: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static IConfiguration Configuration(string? key = TestServer.SigningKey, (string Key, string Value)? extra = null)
    {
        var values = new Dictionary<string, string?>
        {
            [ApiSettings.Postgres] = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres"),
            [AuthSettings.DevelopmentSigningKey] = key,
        };
        if (extra is { } setting)
        {
            values[setting.Key] = setting.Value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(IConfiguration configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await DevTokenCommand.RunAsync(args, configuration, output, error, TimeProvider.System, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
