namespace Attribution.Api.Http;

/// <summary>Client input that fails validation. Mapped to 400 with the field named.</summary>
public sealed class ApiValidationException : Exception
{
    public ApiValidationException(string field, string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]> { [field] = [message] };
    }

    public ApiValidationException(IReadOnlyDictionary<string, string[]> errors, string message)
        : base(message)
    {
        Errors = errors;
    }

    /// <summary>Field (JSON path or parameter name) to its messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
