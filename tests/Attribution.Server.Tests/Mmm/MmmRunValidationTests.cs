using System.Net;

namespace Attribution.Server.Tests.Mmm;

/// <summary>POST mmm/run and GET mmm reject bad input with a 400 naming the field, and never start a job for it.</summary>
[Collection(MmmCollection.Name)]
public sealed class MmmRunValidationTests(MmmServer demo)
{
    private const string Run = "/api/admin/attribution/mmm/run";

    public static TheoryData<string, string> BadRuns => new()
    {
        { """{"channels":["paid_search","tv"],"dateRangeStart":"{S}","dateRangeEnd":"{E}"}""", "channels" },
        { """{"channels":[],"dateRangeStart":"{S}","dateRangeEnd":"{E}"}""", "channels" },
        { """{"channels":["video","video"],"dateRangeStart":"{S}","dateRangeEnd":"{E}"}""", "channels" },
        { """{"channels":["video"],"dateRangeStart":"{E}","dateRangeEnd":"{S}"}""", "dateRangeEnd" },
        { """{"channels":["video"],"dateRangeStart":"{SHORT}","dateRangeEnd":"{E}"}""", "dateRangeStart" },
        { """{"channels":["video"],"dateRangeStart":"2001-01-01","dateRangeEnd":"2002-06-30"}""", "channels" },
        { """{"channels":["video"],"dateRangeStart":"2025-13-01","dateRangeEnd":"{E}"}""", "dateRangeStart" },
        { """{"channels":["video"],"dateRangeStart":"{S}","dateRangeEnd":"{E}","granularity":"monthly"}""", "granularity" },
        { """{"channels":["video"],"dateRangeStart":"{S}","dateRangeEnd":"{E}","chains":1}""", "chains" },
        { """{"channels":["video"],"dateRangeStart":"{S}","dateRangeEnd":"{E}","draws":5}""", "draws" },
        { """{"channels":["video"],"dateRangeStart":"{S}","dateRangeEnd":"{E}","seed":-3}""", "seed" },
        { """{"channels":["video"],"dateRangeStart":"{S}","dateRangeEnd":"{E}","colour":"red"}""", "colour" },
        { """{"dateRangeStart":"{S}","dateRangeEnd":"{E}"}""", "channels" },
    };

    [Theory]
    [MemberData(nameof(BadRuns))]
    public async Task Run_BadRequest_Returns400NamingTheField(string body, string field)
    {
        var end = demo.Truth.GetProperty("endDate").GetString()!;
        var start = demo.Truth.GetProperty("startDate").GetString()!;
        var dates = body.Replace("{S}", Day(start, 14), StringComparison.Ordinal).Replace("{E}", Day(end, -7), StringComparison.Ordinal)
            .Replace("{SHORT}", Day(end, -180), StringComparison.Ordinal);

        var (status, problem) = await demo.SendAsync(HttpMethod.Post, Run, dates);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    private static string Day(string date, int days) =>
        DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Get_MalformedId_Returns400()
    {
        var (status, problem) = await demo.SendAsync(HttpMethod.Get, "/api/admin/attribution/mmm?id=not-a-uuid");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["id"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Get_TenantWithoutModels_Returns404()
    {
        var (other, _) = await TestTenants.CreateAsync();

        var (status, _) = await demo.SendAsync(HttpMethod.Get, "/api/admin/attribution/mmm", tenant: other);
        var (byId, _) = await demo.SendAsync(HttpMethod.Get, $"/api/admin/attribution/mmm?id={Guid.NewGuid()}", tenant: other);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(HttpStatusCode.NotFound, byId);
    }
}
