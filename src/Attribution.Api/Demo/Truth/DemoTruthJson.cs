using System.Text.Encodings.Web;
using System.Text.Json;

namespace Attribution.Api.Demo.Truth;

/// <summary>
/// The truth's JSON form: camelCase, as stored in <c>demo_truth</c> and written next to the data. Formulas keep their
/// characters (<c>+</c>, <c>&lt;</c>) unescaped: the document is data for people and tools, never embedded in HTML.
/// </summary>
public static class DemoTruthJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions Indented { get; } =
        new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };
}
