using System.Text.Json;
using Attribution.Analytics.Journeys;
using Attribution.Api.Http;
using Attribution.Api.Journeys;

namespace Attribution.Api.Tests.Journeys;

public sealed class JourneyJsonContextTests
{
    [Fact]
    public void JourneyPage_SourceGenerated_WritesTheSameJsonAsTheApiOptions()
    {
        var at = new DateTimeOffset(2026, 3, 5, 10, 11, 12, TimeSpan.Zero).AddTicks(1_234_560);
        var credit = new ModelCredit(1.0 / 3, 41.6666666666667);
        var credits = new ModelCredits(credit, credit, credit, credit, credit, credit, new ModelCredit(0, 0));
        var touch = new JourneyTouchpointView(7, "email", "klaviyo", "email", "Café \"sale\"", "", at.AddHours(-5), credits);
        var page = new JourneyPage(
        [
            new JourneyView(1, "o-1", "c-1", "a@example.com", "new", at, 125.50m, "USD", 1, at.AddHours(-5), 5, ["email"], [touch]),
            new JourneyView(2, "o-2", "c-2", "", "returning", at, 0m, "EUR", 0, null, null, [], []),
        ], null);

        var generated = JsonSerializer.Serialize(page, JourneyJsonContext.Default.JourneyPage);

        Assert.Equal(JsonSerializer.Serialize(page, ApiJson.Options), generated);
        Assert.Contains("\"nextCursor\":null", generated, StringComparison.Ordinal);
        Assert.Contains("\"credits\":{\"firstTouch\":{\"share\":0.3333333333333333,", generated, StringComparison.Ordinal);
    }
}
