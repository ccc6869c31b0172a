namespace Attribution.Analytics.Journeys;

/// <summary>
/// The seven attribution models of DESIGN.md section 5 (JSON keys <c>firstTouch, lastTouch, lastNonDirect, linear,
/// timeDecay, positionBased, dataDriven</c>). The numeric values index the models in bulk computations.
/// </summary>
/// <remarks>Heuristic definitions follow Adobe Analytics' attribution models and Google Analytics' last non-direct click; the data-driven model is the Markov removal effect (Anderl et al. 2016).</remarks>
public enum AttributionModel
{
    FirstTouch,
    LastTouch,
    LastNonDirect,
    Linear,
    TimeDecay,
    PositionBased,
    DataDriven,
}
