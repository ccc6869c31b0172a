using Attribution.Analytics.Journeys;
using Attribution.Api.Ingestion.Parsing;

namespace Attribution.Api.Ingestion;

/// <summary>
/// A touchpoint without a channel gets the default channel group of its raw source and medium
/// (<see cref="ChannelGrouping.Classify"/>); the raw source and medium are kept as given.
/// </summary>
/// <param name="Channel">Index of the channel field.</param>
/// <param name="Source">Index of the source field.</param>
/// <param name="Medium">Index of the medium field.</param>
internal sealed record ChannelDerivation(int Channel, int Source, int Medium)
{
    public void Apply(FieldValue[] values)
    {
        ref var channel = ref values[Channel];
        if (!channel.Present)
        {
            channel.Text = ChannelGrouping.Classify(values[Source].Text, values[Medium].Text);
            channel.Present = true;
        }
    }
}
