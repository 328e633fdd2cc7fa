using System.Text.Json;
using System.Text.Json.Nodes;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>Compares JSON as parsed values: same keys, same values, key order ignored.</summary>
public static class JsonAssert
{
    public static void Equivalent(string actual, string expected)
    {
        Canonical(actual).Should().Be(Canonical(expected), "the request body must have exactly the expected keys and values");
    }

    /// <summary>The JSON re-written with object keys sorted, so two equal documents give equal text.</summary>
    public static string Canonical(string json)
    {
        var node = JsonNode.Parse(json);
        return Sort(node)?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";
    }

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
