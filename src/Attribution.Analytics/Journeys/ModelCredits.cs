namespace Attribution.Analytics.Journeys;

/// <summary>A touch's credit under each of the seven models (the DESIGN <c>credits</c> object, camelCase model keys).</summary>
public sealed record ModelCredits(
    ModelCredit FirstTouch,
    ModelCredit LastTouch,
    ModelCredit LastNonDirect,
    ModelCredit Linear,
    ModelCredit TimeDecay,
    ModelCredit PositionBased,
    ModelCredit DataDriven)
{
    /// <summary>The credit under <paramref name="model"/>.</summary>
    public ModelCredit this[AttributionModel model] => model switch
    {
        AttributionModel.FirstTouch => FirstTouch,
        AttributionModel.LastTouch => LastTouch,
        AttributionModel.LastNonDirect => LastNonDirect,
        AttributionModel.Linear => Linear,
        AttributionModel.TimeDecay => TimeDecay,
        AttributionModel.PositionBased => PositionBased,
        AttributionModel.DataDriven => DataDriven,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown attribution model."),
    };
}
