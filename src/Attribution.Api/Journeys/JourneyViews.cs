using Attribution.Analytics.Journeys;

namespace Attribution.Api.Journeys;

/// <summary>Turns a stored journey into its response: derived fields, and every touch credited under the seven models.</summary>
public static class JourneyViews
{
    public static JourneyView Build(StoredJourney stored, MarkovModel model, AttributionOptions options)
    {
        var touches = new Touch[stored.Touches.Count];
        var channels = new string[touches.Length];
        for (var i = 0; i < touches.Length; i++)
        {
            touches[i] = new Touch(stored.Touches[i].Channel, stored.Touches[i].OccurredAt);
            channels[i] = stored.Touches[i].Channel;
        }

        var credits = JourneyAttribution.Credit(new Journey(touches, stored.ConvertedAt, (double)stored.Revenue), model, options);
        var views = new JourneyTouchpointView[touches.Length];
        for (var i = 0; i < views.Length; i++)
        {
            var t = stored.Touches[i];
            views[i] = new JourneyTouchpointView(t.Id, t.Channel, t.Source, t.Medium, t.Campaign, t.Platform, t.OccurredAt, credits[i]);
        }

        DateTimeOffset? firstTouchAt = touches.Length > 0 ? touches[0].OccurredAt : null;
        return new JourneyView(
            stored.Id, stored.OrderId, stored.CustomerId, stored.CustomerEmail, stored.IsNewCustomer ? "new" : "returning",
            stored.ConvertedAt, stored.Revenue, stored.Currency, touches.Length, firstTouchAt,
            firstTouchAt is { } first ? (stored.ConvertedAt - first).TotalHours : null, channels, views);
    }
}
