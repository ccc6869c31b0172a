using Attribution.Api.Tenancy.Auth;
using Microsoft.Extensions.Configuration;

namespace Attribution.Api.Tests.Tenancy.Auth;

public sealed class AppServiceTrustTests
{
    private const string Tid = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Theory]
    [InlineData("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0", true)]
    [InlineData("https://LOGIN.microsoftonline.com/72F988BF-86F1-41AF-91AB-2D7CD011DB47/v2.0/", true)]
    [InlineData("https://login.microsoftonline.com/00000000-86f1-41af-91ab-2d7cd011db47/v2.0", false)]
    [InlineData("https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/", false)]
    public void AcceptsIssuer_DefaultPattern_MatchesOnlyThePrincipalsTenant(string issuer, bool accepted)
    {
        var trust = AppServiceTrust.FromConfiguration(Configuration((AuthSettings.AllowedEntraTenants, Tid)));

        Assert.Equal(accepted, trust.AcceptsIssuer(issuer, Tid));
    }

    [Fact]
    public void AcceptsIssuer_ConfiguredAuthority_IsThePattern()
    {
        var trust = AppServiceTrust.FromConfiguration(Configuration(
            (AuthSettings.AllowedEntraTenants, Tid), (AuthSettings.Authority, "https://sts.windows.net/{tenantid}/")));

        Assert.True(trust.AcceptsIssuer($"https://sts.windows.net/{Tid}/", Tid));
        Assert.False(trust.AcceptsIssuer($"https://login.microsoftonline.com/{Tid}/v2.0", Tid));
    }

    [Fact]
    public void AcceptsTenant_ListedTenants_IgnoringCaseAndSpaces()
    {
        var trust = AppServiceTrust.FromConfiguration(Configuration((AuthSettings.AllowedEntraTenants, $" {Tid.ToUpperInvariant()} , other-tenant ")));

        Assert.True(trust.AcceptsTenant(Tid));
        Assert.True(trust.AcceptsTenant("other-tenant"));
        Assert.False(trust.AcceptsTenant("third-tenant"));
    }

    [Fact]
    public void FromConfiguration_NoAllowedTenants_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AppServiceTrust.FromConfiguration(Configuration()));

        Assert.Contains(AuthSettings.AllowedEntraTenants, error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();
}
