namespace Attribution.Analytics.Mmm;

/// <summary>
/// An MMM dataset or option that cannot be fitted. <see cref="Field"/> names the offending member in camelCase
/// (<c>periods</c>, <c>channels</c>, <c>spend</c>, <c>target</c>, <c>controlNames</c>, <c>controls</c>, or an option such
/// as <c>chains</c>); the message says which channel, control or period and why.
/// </summary>
public sealed class MmmInputException : Exception
{
    public MmmInputException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The offending member (camelCase), e.g. <c>spend</c>.</summary>
    public string Field { get; }
}
