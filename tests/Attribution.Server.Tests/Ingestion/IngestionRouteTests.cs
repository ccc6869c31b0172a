using System.Net;

namespace Attribution.Server.Tests.Ingestion;

/// <summary>The four ingestion routes through the real Server and PostgreSQL: formats, idempotency, atomicity.</summary>
public sealed class IngestionRouteTests(IngestServer fixture) : IClassFixture<IngestServer>
{
    [Theory]
    [MemberData(nameof(IngestSamples.KindsAndFormats), MemberType = typeof(IngestSamples))]
    public async Task Ingest_EachKindAndFormat_InsertsThenReplayChangesNothing(string kind, string format)
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        var rows = IngestSamples.Rows(kind);

        var (status, body) = await fixture.IngestAsync(tenant, kind, format, rows);
        var first = await TenantTables.SnapshotAsync(tenant, IngestSamples.Table(kind));
        var (replayStatus, replay) = await fixture.IngestAsync(tenant, kind, format, rows);
        var second = await TenantTables.SnapshotAsync(tenant, IngestSamples.Table(kind));

        Assert.Equal(HttpStatusCode.OK, status);
        IngestServer.AssertCounts(body, 3, 3, 0);
        Assert.Equal(HttpStatusCode.OK, replayStatus);
        IngestServer.AssertCounts(replay, 3, 0, 0);
        Assert.Equal(3, first.Count);
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(IngestSamples.KindsAndFormats), MemberType = typeof(IngestSamples))]
    public async Task Ingest_OneRowChanged_ReportsItUpdatedAndStoresTheNewValue(string kind, string format)
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        await fixture.IngestAsync(tenant, kind, format, IngestSamples.Rows(kind));
        var before = await TenantTables.SnapshotAsync(tenant, IngestSamples.Table(kind));

        var (status, body) = await fixture.IngestAsync(tenant, kind, format, IngestSamples.Changed(kind));
        var after = await TenantTables.SnapshotAsync(tenant, IngestSamples.Table(kind));

        Assert.Equal(HttpStatusCode.OK, status);
        IngestServer.AssertCounts(body, 3, 0, 1);
        Assert.Equal(before.Count, after.Count);
        Assert.NotEqual(before.Checksum, after.Checksum);
    }

    [Theory]
    [MemberData(nameof(IngestSamples.KindsAndFormats), MemberType = typeof(IngestSamples))]
    public async Task Ingest_OneInvalidRow_Returns400NamingRowAndFieldAndWritesNothing(string kind, string format)
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        var rows = IngestSamples.Rows(kind);
        var field = kind is "touchpoints" or "conversions" ? "occurredAt" : "date";
        rows[2][field] = "2026-13-01";

        var (status, body) = await fixture.IngestAsync(tenant, kind, format, rows);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var messages = body.GetProperty("errors").GetProperty($"rows[2].{field}");
        Assert.Contains(field, messages[0].GetString(), StringComparison.Ordinal);
        if (format != "json")
        {
            Assert.EndsWith(format == "csv" ? "(line 4)" : "(line 3)", messages[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Contains("1 error(s) in 1 row(s)", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await TenantTables.SnapshotAsync(tenant, IngestSamples.Table(kind))).Count);
    }

    [Fact]
    public async Task Ingest_SameKeyTwiceInOneBatch_LastRowWins()
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        var rows = IngestSamples.Rows("conversions");
        rows.Add(new(rows[0]) { ["revenue"] = 1m });

        var (status, body) = await fixture.IngestAsync(tenant, "conversions", "ndjson", rows);
        var stored = await TenantTables.QueryAsync(tenant, "select revenue::text from conversions where external_id = 'o-1'");

        Assert.Equal(HttpStatusCode.OK, status);
        IngestServer.AssertCounts(body, 4, 3, 0);
        Assert.Equal("1.00", Assert.Single(stored)[0]);
    }

    [Fact]
    public async Task Ingest_SameBatchForTwoTenants_EachTenantGetsItsOwnRows()
    {
        var (first, _) = await TestTenants.CreateAsync();
        var (second, _) = await TestTenants.CreateAsync();

        var (_, one) = await fixture.IngestAsync(first, "touchpoints", "json", IngestSamples.Rows("touchpoints"));
        var (_, two) = await fixture.IngestAsync(second, "touchpoints", "json", IngestSamples.Rows("touchpoints"));

        IngestServer.AssertCounts(one, 3, 3, 0);
        IngestServer.AssertCounts(two, 3, 3, 0);
        Assert.Equal(3, (await TenantTables.SnapshotAsync(second, "touchpoints")).Count);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("text/csv; charset=iso-8859-1")]
    public async Task Ingest_UnsupportedContentType_Returns415Problem(string contentType)
    {
        var (tenant, _) = await TestTenants.CreateAsync();

        var (status, body) = await fixture.PostAsync(tenant, "spend", contentType, "date,channel,spend\n2026-03-01,email,1\n");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal(415, body.GetProperty("status").GetInt32());
        Assert.Contains("text/csv", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_EmptyArray_ReturnsZeroCounts()
    {
        var (tenant, _) = await TestTenants.CreateAsync();

        var (status, body) = await fixture.PostAsync(tenant, "touchpoints", "application/json", "[]");

        Assert.Equal(HttpStatusCode.OK, status);
        IngestServer.AssertCounts(body, 0, 0, 0);
    }

    [Theory]
    [InlineData("text/csv", "externalId,customerId,occurredAt,color\na,b,2026-03-01T00:00:00Z,red\n", "header")]
    [InlineData("application/json", "[{\"externalId\":\"a\",\"customerId\":\"b\",\"occurredAt\":\"2026-03-01T00:00:00Z\"}", "body")]
    public async Task Ingest_BodyThatCannotBeRead_Returns400AfterCancellingTheCopyAndTheNextRequestWorks(string contentType, string body, string key)
    {
        var (tenant, _) = await TestTenants.CreateAsync();

        var (status, problem) = await fixture.PostAsync(tenant, "touchpoints", contentType, body);
        var (nextStatus, next) = await fixture.IngestAsync(tenant, "touchpoints", "json", IngestSamples.Rows("touchpoints"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(key, out _), problem.GetRawText());
        Assert.Equal(HttpStatusCode.OK, nextStatus);
        IngestServer.AssertCounts(next, 3, 3, 0);
    }

    [Fact]
    public async Task Ingest_ManyInvalidRows_ListsTheFirst100AndCountsAll()
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        var body = "date,region,revenue,conversions\n" + string.Concat(Enumerable.Range(0, 250).Select(i => $"2026-03-01,XX,{i},1\n"));

        var (status, problem) = await fixture.PostAsync(tenant, "geo-kpis", "text/csv", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(100, problem.GetProperty("errors").EnumerateObject().Count());
        Assert.Equal("250 error(s) in 250 row(s); nothing was written. The first 100 are listed.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Ingest_ReadOnlyToken_Returns403()
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Post, "/api/admin/attribution/ingest/spend", tenant, Attribution.Api.Tenancy.ApiRoles.Read);
        request.Content = new StringContent("[]", System.Text.Encoding.UTF8, "application/json");

        var response = await fixture.Server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("touchpoints")]
    [InlineData("conversions")]
    [InlineData("spend")]
    [InlineData("geo-kpis")]
    public async Task Ingest_SameRowsInAnotherFormat_ChangeNothing(string kind)
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        await fixture.IngestAsync(tenant, kind, "json", IngestSamples.Rows(kind));
        var before = await TenantTables.SnapshotAsync(tenant, IngestSamples.Table(kind));

        var (_, csv) = await fixture.IngestAsync(tenant, kind, "csv", IngestSamples.Rows(kind));
        var (_, ndjson) = await fixture.IngestAsync(tenant, kind, "ndjson", IngestSamples.Rows(kind));

        IngestServer.AssertCounts(csv, 3, 0, 0);
        IngestServer.AssertCounts(ndjson, 3, 0, 0);
        Assert.Equal(before, await TenantTables.SnapshotAsync(tenant, IngestSamples.Table(kind)));
    }
}
