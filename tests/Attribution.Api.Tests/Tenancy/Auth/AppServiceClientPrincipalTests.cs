using System.Text;
using Attribution.Api.Tenancy.Auth;

namespace Attribution.Api.Tests.Tenancy.Auth;

public sealed class AppServiceClientPrincipalTests
{
    [Fact]
    public void Decode_PlatformShape_ReadsClaimsAndTypes()
    {
        const string json = """
            {"auth_typ":"aad","claims":[{"typ":"roles","val":"attribution.read"},{"typ":"ROLES","val":"attribution.write"},
             {"typ":"http://schemas.microsoft.com/identity/claims/tenantid","val":"t1"}],
             "name_typ":"name","role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"}
            """;

        var principal = AppServiceClientPrincipal.Decode(Convert.ToBase64String(Encoding.UTF8.GetBytes(json)));

        Assert.NotNull(principal);
        Assert.Equal("aad", principal.AuthType);
        Assert.Equal(["attribution.read", "attribution.write"], principal.Values("roles"));
        Assert.Equal("t1", principal.First("tid", "http://schemas.microsoft.com/identity/claims/tenantid"));
        Assert.Null(principal.First("oid", null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("eyJhdXRoX3R5cCI6ImFhZCJ9")]
    [InlineData("eyJjbGFpbXMiOiAxfQ==")]
    public void Decode_NotAPrincipal_ReturnsNull(string header) =>
        Assert.Null(AppServiceClientPrincipal.Decode(header));
}
