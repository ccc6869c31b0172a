namespace Attribution.Api.Demo.Generation;

/// <summary>A channel's true response: <c>beta * hill(adstock(spend))</c> (see <see cref="MediaResponse"/>).</summary>
/// <param name="Decay">Geometric adstock decay per day.</param>
/// <param name="MaxLag">Adstock window in days (lags 0..MaxLag-1).</param>
/// <param name="HalfSaturation">Hill K: the adstocked daily spend at which the response is half of <paramref name="Beta"/>.</param>
/// <param name="Shape">Hill exponent s (above 1: S-shaped).</param>
/// <param name="Beta">The response at full saturation (revenue per day).</param>
public sealed record DemoResponseCurve(double Decay, int MaxLag, double HalfSaturation, double Shape, double Beta)
{
    /// <summary>The daily response to a daily spend series (spend before its first day is taken as zero).</summary>
    public double[] Respond(IReadOnlyList<double> spend)
    {
        var adstocked = MediaResponse.Adstock(spend, Decay, MaxLag);
        var response = new double[adstocked.Length];
        for (var t = 0; t < response.Length; t++)
        {
            response[t] = Beta * MediaResponse.Hill(adstocked[t], HalfSaturation, Shape);
        }

        return response;
    }
}
