using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Attribution.Api.Ingestion;

/// <summary>Limits of the ingestion routes (configuration section <c>Ingestion</c>).</summary>
/// <param name="MaxBodyBytes">Largest accepted request body; a larger one gets 413 (<see cref="ApiSettings.IngestionMaxBodyBytes"/>).</param>
public sealed record IngestionSettings(long MaxBodyBytes)
{
    public const long DefaultMaxBodyBytes = 256L * 1024 * 1024;

    public static IngestionSettings Default { get; } = new(DefaultMaxBodyBytes);

    public static IngestionSettings From(IConfiguration configuration)
    {
        var text = configuration[ApiSettings.IngestionMaxBodyBytes];
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? new IngestionSettings(bytes)
            : throw new InvalidOperationException($"Configuration '{ApiSettings.IngestionMaxBodyBytes}' must be a positive number of bytes, got '{text}'.");
    }
}
