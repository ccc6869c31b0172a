namespace Attribution.Analytics.Mmm;

/// <summary>Derived quantities of one constrained draw.</summary>
internal static class MmmDraw
{
    /// <summary>The saturated (maximum) effect per period on the scaled problem: <c>beta = effect / hill(1) = effect (1 + k^s)</c>.</summary>
    public static double Beta(MmmParameterLayout layout, double[] draw, int channel) =>
        draw[layout.EffectStart + channel] * (1 + Math.Pow(draw[layout.HalfSaturationStart + channel], draw[layout.ShapeStart + channel]));
}
