using System.Text.Json;

namespace Descope.UserManagement.Testing.Control;

/// <summary>
/// A custom attribute definition in a seed: <c>{"name", "type", "displayName"?, "options"?}</c>. Types: <c>text</c>,
/// <c>number</c>, <c>boolean</c>, <c>date</c> (a number, Unix milliseconds), <c>singleSelect</c> (one of
/// <c>options</c>) and <c>multiSelect</c> (an array of <c>options</c>). A seeded user's value of it must fit the type
/// (or be <c>null</c>).
/// </summary>
internal sealed record SeedAttribute(string Name, string Type, string? DisplayName, IReadOnlyList<string>? Options)
{
    private static readonly string[] Types = ["text", "number", "boolean", "date", "singleSelect", "multiSelect"];
    private static readonly string[] Keys = ["name", "type", "displayName", "options"];

    /// <summary>Why <paramref name="value"/> does not fit this attribute, or <see langword="null"/> when it does.</summary>
    public string? Misfit(JsonElement value)
    {
        var fits = value.ValueKind == JsonValueKind.Null || Type switch
        {
            "text" => value.ValueKind == JsonValueKind.String,
            "number" or "date" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "singleSelect" => value.ValueKind == JsonValueKind.String && Offers(value.GetString()!),
            _ => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String && Offers(item.GetString()!)),
        };
        var choices = Options is { Count: > 0 } ? $" ({string.Join(", ", Options)})" : "";
        return fits ? null : $"{value.GetRawText()} does not fit '{Name}', a {Type} attribute{choices}.";
    }

    public static List<SeedAttribute> ReadAll(JsonElement root, List<string> problems)
    {
        var attributes = new List<SeedAttribute>();
        if (!root.TryGetProperty("attributes", out var list))
        {
            return attributes;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add("attributes: must be an array of {\"name\", \"type\"} objects.");
            return attributes;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $"attributes[{index++}]";
            if (Read(item, at, problems) is { } attribute)
            {
                if (attributes.Any(a => a.Name == attribute.Name))
                {
                    problems.Add($"{at}.name: '{attribute.Name}' is defined twice.");
                }
                else
                {
                    attributes.Add(attribute);
                }
            }
        }

        return attributes;
    }

    private bool Offers(string choice) => Options is not { Count: > 0 } || Options.Contains(choice, StringComparer.Ordinal);

    private static SeedAttribute? Read(JsonElement item, string at, List<string> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{at}: must be an object with a name and a type.");
            return null;
        }

        var before = problems.Count;
        foreach (var key in item.EnumerateObject().Select(p => p.Name).Where(key => !Keys.Contains(key, StringComparer.Ordinal)))
        {
            problems.Add($"{at}.{key}: not an attribute key; the keys are {string.Join(", ", Keys)}.");
        }

        var name = Text(item, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add($"{at}.name: required, a non-blank string.");
        }

        var type = Text(item, "type");
        if (type is null || !Types.Contains(type, StringComparer.Ordinal))
        {
            problems.Add($"{at}.type: required, one of {string.Join(", ", Types)}.");
        }

        List<string>? options = null;
        if (item.TryGetProperty("options", out var given))
        {
            options = given.ValueKind == JsonValueKind.Array && given.EnumerateArray().All(o => o.ValueKind == JsonValueKind.String)
                ? given.EnumerateArray().Select(o => o.GetString()!).ToList()
                : null;
            if (options is null || type is not ("singleSelect" or "multiSelect"))
            {
                problems.Add($"{at}.options: an array of strings, for singleSelect and multiSelect attributes only.");
            }
        }

        if (item.TryGetProperty("displayName", out var display) && display.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{at}.displayName: must be a string.");
        }

        return problems.Count > before ? null : new SeedAttribute(name!, type!, Text(item, "displayName"), options);
    }

    private static string? Text(JsonElement item, string key) =>
        item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
