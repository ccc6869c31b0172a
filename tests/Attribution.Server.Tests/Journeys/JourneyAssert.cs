using System.Text.Json;

namespace Attribution.Server.Tests.Journeys;

/// <summary>Assertions on the JSON of journeys.</summary>
internal static class JourneyAssert
{
    public static readonly string[] Models = ["firstTouch", "lastTouch", "lastNonDirect", "linear", "timeDecay", "positionBased", "dataDriven"];

    public static readonly string[] ItemFields =
    [
        "id", "orderId", "customerId", "customerEmail", "customerType", "convertedAt", "revenue", "currency", "touchpointCount",
        "firstTouchAt", "timeToConversionHours", "channels", "touchpoints",
    ];

    public static readonly string[] TouchFields = ["id", "channel", "source", "medium", "campaign", "platform", "occurredAt", "credits"];

    /// <summary>The journey's JSON is the conversion with the touches, in full shape, every model crediting the whole revenue.</summary>
    public static void Matches(DatasetConversion conversion, IReadOnlyList<DatasetTouch> touches, JsonElement item)
    {
        Assert.Equal(ItemFields, item.EnumerateObject().Select(p => p.Name));
        Assert.True(item.GetProperty("id").GetInt64() > 0);
        Assert.Equal(conversion.OrderId, item.GetProperty("orderId").GetString());
        Assert.Equal(conversion.CustomerId, item.GetProperty("customerId").GetString());
        Assert.Equal(conversion.Email, item.GetProperty("customerEmail").GetString());
        Assert.Equal(conversion.IsNew ? "new" : "returning", item.GetProperty("customerType").GetString());
        Assert.Equal(conversion.At, item.GetProperty("convertedAt").GetDateTimeOffset());
        Assert.Equal(conversion.Revenue, item.GetProperty("revenue").GetDecimal());
        Assert.Equal(conversion.Currency, item.GetProperty("currency").GetString());
        Assert.Equal(touches.Count, item.GetProperty("touchpointCount").GetInt32());
        Assert.Equal(touches.Select(t => t.Channel), item.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        if (touches.Count == 0)
        {
            Assert.Equal(JsonValueKind.Null, item.GetProperty("firstTouchAt").ValueKind);
            Assert.Equal(JsonValueKind.Null, item.GetProperty("timeToConversionHours").ValueKind);
        }
        else
        {
            Assert.Equal(touches[0].At, item.GetProperty("firstTouchAt").GetDateTimeOffset());
            Assert.Equal((conversion.At - touches[0].At).TotalHours, item.GetProperty("timeToConversionHours").GetDouble(), 9);
        }

        var views = item.GetProperty("touchpoints").EnumerateArray().ToList();
        Assert.Equal(touches.Count, views.Count);
        for (var i = 0; i < views.Count; i++)
        {
            Assert.Equal(TouchFields, views[i].EnumerateObject().Select(p => p.Name));
            Assert.True(views[i].GetProperty("id").GetInt64() > 0);
            Assert.Equal(
                (touches[i].Channel, touches[i].Source, touches[i].Medium, touches[i].Campaign, touches[i].Platform, touches[i].At),
                (views[i].GetProperty("channel").GetString(), views[i].GetProperty("source").GetString(), views[i].GetProperty("medium").GetString(),
                 views[i].GetProperty("campaign").GetString(), views[i].GetProperty("platform").GetString(), views[i].GetProperty("occurredAt").GetDateTimeOffset()));
        }

        CreditsAddUp(item);
    }

    /// <summary>Every touch credits the seven models; per model the shares sum to 1 and the revenues to the journey's revenue.</summary>
    public static void CreditsAddUp(JsonElement item)
    {
        var touches = item.GetProperty("touchpoints").EnumerateArray().ToList();
        if (touches.Count == 0)
        {
            return;
        }

        var revenue = item.GetProperty("revenue").GetDouble();
        foreach (var touch in touches)
        {
            Assert.Equal(Models, touch.GetProperty("credits").EnumerateObject().Select(p => p.Name));
            Assert.All(Models, m => Assert.Equal(["share", "revenue"], touch.GetProperty("credits").GetProperty(m).EnumerateObject().Select(p => p.Name)));
        }

        foreach (var model in Models)
        {
            var credits = touches.Select(t => t.GetProperty("credits").GetProperty(model)).ToList();
            Assert.Equal(1, credits.Sum(c => c.GetProperty("share").GetDouble()), 9);
            Assert.Equal(revenue, credits.Sum(c => c.GetProperty("revenue").GetDouble()), 6);
        }

        var first = touches[0].GetProperty("credits");
        var last = touches[^1].GetProperty("credits");
        Assert.Equal(1, first.GetProperty("firstTouch").GetProperty("share").GetDouble());
        Assert.Equal(1, last.GetProperty("lastTouch").GetProperty("share").GetDouble());
        Assert.All(touches, t => Assert.Equal(1.0 / touches.Count, t.GetProperty("credits").GetProperty("linear").GetProperty("share").GetDouble(), 12));
    }
}
