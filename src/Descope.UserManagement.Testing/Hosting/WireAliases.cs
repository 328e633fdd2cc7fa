using System.Text.Json.Nodes;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// The other spellings Descope accepts for a documented request key (docs/wire-contract.md §6), one row per pair with
/// the places it applies. <see cref="WireReader"/> and <see cref="WireQuery"/> rename an alias to its documented key
/// as they parse, so every operation reads the documented name only. A place is a path (its body or query) or the items
/// of an array in a body (<see cref="Items"/>); a path whose operation is not served yet simply waits here for it.
/// </summary>
internal static class WireAliases
{
    private const string Create = "/v1/mgmt/user/create";
    private const string CreateTest = "/v1/mgmt/user/create/test";
    private const string CreateBatch = "/v1/mgmt/user/create/batch";
    private const string Update = "/v1/mgmt/user/update";
    private const string Patch = "/v1/mgmt/user/patch";
    private const string PatchBatch = "/v1/mgmt/user/patch/batch";
    private const string UpdateName = "/v1/mgmt/user/update/name";

    /// <summary>Body keys. Not here on purpose: the trusted-device paths, whose documented keys are <c>identifier</c> and <c>identifiers</c>.</summary>
    public static readonly IReadOnlyList<WireAlias> Body =
    [
        new("loginId", "identifier",
        [
            Update, Patch, "/v1/mgmt/user/update/status", "/v1/mgmt/user/update/email", "/v1/mgmt/user/update/phone", UpdateName,
            "/v2/mgmt/user/update/role/add", "/v1/mgmt/user/update/role/add", "/v1/mgmt/user/update/role/remove", "/v1/mgmt/user/update/role/set",
            "/v1/mgmt/user/update/tenant/add", "/v1/mgmt/user/update/tenant/remove",
            "/v1/mgmt/user/update/ssoapp/add", "/v1/mgmt/user/update/ssoapp/set", "/v1/mgmt/user/update/ssoapp/remove",
            "/v1/mgmt/user/delete", "/v1/mgmt/user/logout",
            "/v1/mgmt/user/password/set", "/v1/mgmt/user/password/set/temporary", "/v1/mgmt/user/password/set/active", "/v1/mgmt/user/password/expire",
        ]),
        new("name", "displayName", [Create, CreateTest, Update, Patch, UpdateName, Items(PatchBatch, "users"), Items(CreateBatch, "users")]),
        new("additionalIdentifiers", "additionalLoginIds", [Create, CreateTest, Update, Patch, Items(PatchBatch, "users"), Items(CreateBatch, "users")]),
        new("ssoAppIds", "ssoAppIDs", [Create, CreateTest, Update, Items(CreateBatch, "users")]),
        new("URI", "redirectUrl", ["/v1/mgmt/tests/generate/magiclink", "/v1/mgmt/tests/generate/enchantedlink"]),
    ];

    /// <summary>Query parameters.</summary>
    public static readonly IReadOnlyList<WireAlias> Query =
    [
        new("loginId", "identifier", ["/v1/mgmt/user"]),
    ];

    /// <summary>The place of the objects in the array <paramref name="key"/> of <paramref name="path"/>'s body.</summary>
    public static string Items(string path, string key) => $"{path} {key}[]";

    /// <summary>
    /// Renames each alias of <paramref name="table"/> that applies at <paramref name="place"/> to its documented key. When
    /// both are sent the documented key wins and the alias is left where it is, unread (a key whose value is
    /// <see langword="null"/> counts as not sent).
    /// </summary>
    /// <returns>The documented keys that came in under an alias, with the alias; <see langword="null"/> when none did.</returns>
    public static Dictionary<string, string>? Apply(JsonObject body, string? place, IReadOnlyList<WireAlias> table)
    {
        Dictionary<string, string>? renamed = null;
        if (place is null)
        {
            return renamed;
        }

        foreach (var pair in table)
        {
            if (!pair.AppliesAt(place) || !body.TryGetPropertyValue(pair.Alias, out var value) || body[pair.Documented] is not null)
            {
                continue;
            }

            body.Remove(pair.Alias);
            body[pair.Documented] = value;
            (renamed ??= new Dictionary<string, string>(StringComparer.Ordinal))[pair.Documented] = pair.Alias;
        }

        return renamed;
    }
}

/// <summary>One alias pair: the documented key, the other spelling, and where Descope accepts it.</summary>
internal sealed record WireAlias(string Documented, string Alias, IReadOnlyList<string> Places)
{
    public bool AppliesAt(string place) => Places.Contains(place, StringComparer.Ordinal);
}
