using System.Text.Json;
using System.Text.Json.Nodes;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing.Emulation;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// Reads request bodies the way Descope does: a key that is absent is "not given" (which patch keeps and update
/// clears), a key of the wrong JSON type is a bad request. An alias Descope also accepts is read as its documented key
/// (<see cref="WireAliases"/>), and every key asked for is remembered, so the keys nobody used can be reported
/// (<see cref="WireScope"/>).
/// </summary>
internal sealed partial class WireReader : IKeyUse
{
    private readonly string _operation;
    private readonly TrackedObject _body;

    private WireReader(string operation, JsonObject body, string? place = null, string path = "")
    {
        _operation = operation;
        _body = new TrackedObject(body);
        _place = place;
        _path = path;
        _sentAs = WireAliases.Apply(body, place, WireAliases.Body);
        WireScope.Current?.TrackBody(this);
    }

    public static WireReader Parse(string operation, string body)
    {
        JsonNode? node;
        try
        {
            node = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        }
        catch (JsonException error)
        {
            throw EmulatedErrors.MalformedBody(operation, "The body is not valid JSON: " + error.Message);
        }

        return node is JsonObject obj
            ? new WireReader(operation, obj, WireScope.Current?.Path)
            : throw EmulatedErrors.MalformedBody(operation, "The body must be a JSON object.");
    }

    public bool Has(string key) => _body.ContainsKey(key) && _body[key] is not null;

    public string RequiredString(string key)
    {
        var value = String(key);
        return string.IsNullOrEmpty(value) ? throw EmulatedErrors.MissingArgument(_operation, key) : value;
    }

    public string? String(string key) => Read(key, JsonValueKind.String, node => node.GetValue<string>());

    public bool? Bool(string key) => _body[key]?.GetValueKind() switch
    {
        null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Malformed(key, "true or false"),
    };

    /// <summary>Any JSON value as it was sent; an absent key reads as JSON <c>null</c>.</summary>
    public JsonElement Element(string key) => ToElement(_body[key]);

    public int? Int(string key) => Read(key, JsonValueKind.Number, node => (int?)node.GetValue<int>());

    /// <summary>A 64-bit number, given as a JSON number or, as Descope's protobuf encoding also accepts, a string of digits.</summary>
    public long? Long(string key) => _body[key]?.GetValueKind() switch
    {
        null => null,
        JsonValueKind.Number => _body[key]!.GetValue<long>(),
        JsonValueKind.String when long.TryParse(_body[key]!.GetValue<string>(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) => value,
        _ => throw Malformed(key, "a number"),
    };

    /// <summary>An object whose values are strings, such as template options.</summary>
    public IReadOnlyDictionary<string, string>? StringMap(string key)
    {
        if (_body[key] is null)
        {
            return null;
        }

        if (_body[key] is not JsonObject map || map.Any(entry => entry.Value?.GetValueKind() != JsonValueKind.String))
        {
            throw Malformed(key, "an object of strings");
        }

        return map.ToDictionary(entry => entry.Key, entry => entry.Value!.GetValue<string>(), StringComparer.Ordinal);
    }

    /// <summary>A nested object as a reader of its own, or <see langword="null"/> when the key is absent.</summary>
    public WireReader? Object(string key) => _body[key] switch
    {
        null => null,
        JsonObject obj => Child(obj, key, key, string.Empty),
        _ => throw Malformed(key, "an object"),
    };

    /// <summary>The keys the object has, in order.</summary>
    public IReadOnlyList<string> Keys => _body.Json.Select(entry => entry.Key).ToArray();

    /// <summary>An object whose values are objects, such as per-tenant filters: each value as a reader of its own.</summary>
    public IReadOnlyDictionary<string, WireReader>? ObjectMap(string key)
    {
        if (_body[key] is null)
        {
            return null;
        }

        if (_body[key] is not JsonObject map || map.Any(entry => entry.Value is not JsonObject))
        {
            throw Malformed(key, "an object of objects");
        }

        return map.ToDictionary(entry => entry.Key, entry => Child((JsonObject)entry.Value!, key, $"{key}.{entry.Key}", "{}"), StringComparer.Ordinal);
    }

    public IReadOnlyList<string>? Strings(string key)
    {
        if (_body[key] is null)
        {
            return null;
        }

        if (_body[key] is not JsonArray array || array.Any(item => item?.GetValueKind() != JsonValueKind.String))
        {
            throw Malformed(key, "an array of strings");
        }

        return array.Select(item => item!.GetValue<string>()).ToArray();
    }

    public UserStatus? Status(string key = "status")
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        var status = UserStatusNames.Parse(text);
        return UserStatusNames.IsSettable(status)
            ? status
            : throw EmulatedErrors.Invalid(_operation, $"'{text}' is not a status; use enabled, disabled or invited.");
    }

    public IReadOnlyList<TenantRoles>? Tenants(string key = "userTenants")
    {
        if (_body[key] is null)
        {
            return null;
        }

        if (_body[key] is not JsonArray array)
        {
            throw Malformed(key, "an array of {tenantId, roleNames}");
        }

        return array.Select((item, index) =>
        {
            var tenant = item is JsonObject obj ? Child(obj, key, $"{key}[{index}]", "[]") : throw Malformed(key, "an array of {tenantId, roleNames}");
            return new TenantRoles(tenant.RequiredString("tenantId"), tenant.Strings("roleNames"));
        }).ToArray();
    }

    public IReadOnlyDictionary<string, object?>? CustomAttributes(string key = "customAttributes")
    {
        if (_body[key] is null)
        {
            return null;
        }

        if (_body[key] is not JsonObject attributes)
        {
            throw Malformed(key, "an object");
        }

        return attributes.ToDictionary(
            a => a.Key,
            a => (object?)ToElement(a.Value),
            StringComparer.Ordinal);
    }

    /// <summary>Reads the writable user fields into <paramref name="empty"/> (a fresh update, patch or create).</summary>
    public T Details<T>(T empty)
        where T : UserDetails
    {
        UserDetails details = empty with
        {
            Email = String("email"),
            Phone = String("phone"),
            Name = String("name"),
            GivenName = String("givenName"),
            MiddleName = String("middleName"),
            FamilyName = String("familyName"),
            VerifiedEmail = Bool("verifiedEmail"),
            VerifiedPhone = Bool("verifiedPhone"),
            RoleNames = Strings("roleNames"),
            UserTenants = Tenants(),
            CustomAttributes = CustomAttributes(),
            Picture = String("picture"),
            AdditionalIdentifiers = Strings("additionalIdentifiers"),
            SsoAppIds = Strings("ssoAppIds"),
        };
        return (T)details;
    }

    public IReadOnlyList<WireReader> Objects(string key)
    {
        if (_body[key] is not JsonArray array || array.Any(item => item is not JsonObject))
        {
            throw Malformed(key, "an array of objects");
        }

        return array.Select((item, index) => Child((JsonObject)item!, key, $"{key}[{index}]", "[]")).ToArray();
    }

    private TValue? Read<TValue>(string key, JsonValueKind expected, Func<JsonNode, TValue> read)
    {
        var node = _body[key];
        if (node is null)
        {
            return default;
        }

        return node.GetValueKind() == expected ? read(node) : throw Malformed(key, expected.ToString().ToLowerInvariant());
    }

    private static JsonElement ToElement(JsonNode? node)
    {
        using var document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return document.RootElement.Clone();
    }

    private DescopeApiException Malformed(string key, string expected) =>
        EmulatedErrors.MalformedBody(_operation, $"'{key}' must be {expected}.");
}
