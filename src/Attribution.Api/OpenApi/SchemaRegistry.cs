using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Attribution.Api.Http;

namespace Attribution.Api.OpenApi;

/// <summary>Collects the JSON Schemas (draft 2020-12, as OpenAPI 3.1 uses) of request and response types under <c>components.schemas</c>.</summary>
internal sealed class SchemaRegistry
{
    private static readonly JsonSchemaExporterOptions ExporterOptions = new() { TreatNullObliviousAsNonNullable = true };
    private readonly SortedDictionary<string, JsonNode> _schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _owners = new(StringComparer.Ordinal);

    public const string ProblemSchema = "Problem";

    public SchemaRegistry()
    {
        _schemas[ProblemSchema] = ProblemDetailsSchema();
    }

    /// <summary>A <c>$ref</c> to the type's schema, registering it on first use.</summary>
    public JsonObject Reference(Type type)
    {
        if (type == typeof(JsonObject))
        {
            return new JsonObject { ["type"] = "object" };
        }

        if (type.IsArray)
        {
            return new JsonObject { ["type"] = "array", ["items"] = Reference(type.GetElementType()!) };
        }

        var name = NameOf(type);
        if (_owners.TryGetValue(name, out var owner) && owner != type)
        {
            throw new InvalidOperationException($"Two types share the schema name '{name}': {owner} and {type}.");
        }

        if (!_schemas.ContainsKey(name))
        {
            _owners[name] = type;
            _schemas[name] = ApiJson.Options.GetJsonSchemaAsNode(type, ExporterOptions);
        }

        return Ref(name);
    }

    public static JsonObject Ref(string name) => new() { ["$ref"] = $"#/components/schemas/{name}" };

    public JsonObject ToJson()
    {
        var result = new JsonObject();
        foreach (var (name, schema) in _schemas)
        {
            result[name] = schema.DeepClone();
        }

        return result;
    }

    private static string NameOf(Type type) => type.IsGenericType
        ? string.Concat(type.GetGenericArguments().Select(NameOf)) + type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]
        : type.Name;

    private static JsonObject ProblemDetailsSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "RFC 9457 problem details.",
        ["required"] = new JsonArray("title", "status", "traceId"),
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer" },
            ["detail"] = new JsonObject { ["type"] = "string" },
            ["instance"] = new JsonObject { ["type"] = "string" },
            ["traceId"] = new JsonObject { ["type"] = "string" },
            ["errors"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "Field (JSON path or parameter name) to its messages.",
                ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            },
        },
    };
}
