using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attribution.Api.Journeys;

/// <summary>
/// Source-generated serialization of the journey responses (the list is the hottest route): the same JSON as
/// <see cref="Http.ApiJson"/> writes (camelCase, nulls written, strict numbers), without reflection metadata.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(JourneyPage))]
[JsonSerializable(typeof(JourneyView))]
internal sealed partial class JourneyJsonContext : JsonSerializerContext;
