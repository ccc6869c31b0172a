using Attribution.Api.Http;

namespace Attribution.Api.Tests.Http;

public sealed class RouteTemplatesTests
{
    [Fact]
    public void StripConstraints_ConstrainedParameter_KeepsOnlyTheName() =>
        Assert.Equal("admin/jobs/{id}/x/{n}", RouteTemplates.StripConstraints("admin/jobs/{id:guid}/x/{n}"));

    [Fact]
    public void Parameters_Template_ListsNamesAndConstraints() =>
        Assert.Equal([("id", "guid"), ("n", null)], RouteTemplates.Parameters("admin/jobs/{id:guid}/x/{n}"));
}
