using System.Text.Json;

namespace Descope.UserManagement.Testing.Tokens;

/// <summary>
/// The claims of a Descope session token, laid out as Descope lays them out: <c>sub</c> (the user ID), <c>iss</c>,
/// <c>iat</c> and <c>exp</c> in epoch seconds, <c>drn</c> <c>DS</c> (a session, not a refresh token), project-level
/// <c>roles</c> and <c>permissions</c>, and <c>tenants</c> mapping each tenant ID to its <c>roles</c> and <c>permissions</c>.
/// </summary>
internal sealed record SessionTokenClaims(string Subject, string Issuer, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>Descope's <c>drn</c> for a session token.</summary>
    public const string SessionTokenKind = "DS";

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> Permissions { get; init; } = [];

    public IReadOnlyList<UserTenant> Tenants { get; init; } = [];

    /// <summary>The claims of a session for <paramref name="user"/>: its user ID, its project roles and its tenants.</summary>
    public static SessionTokenClaims For(User user, string issuer, DateTimeOffset issuedAt, TimeSpan lifetime) =>
        new(user.UserId!, issuer, issuedAt, issuedAt + lifetime)
        {
            Roles = user.RoleNames ?? [],
            Permissions = user.Permissions ?? [],
            Tenants = user.UserTenants?.Where(t => t.TenantId is not null).ToArray() ?? [],
        };

    /// <summary>The payload as JSON, written without reflection.</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("sub", Subject);
            json.WriteString("iss", Issuer);
            json.WriteNumber("iat", IssuedAt.ToUnixTimeSeconds());
            json.WriteNumber("exp", ExpiresAt.ToUnixTimeSeconds());
            json.WriteString("drn", SessionTokenKind);
            WriteStrings(json, "roles", Roles);
            WriteStrings(json, "permissions", Permissions);
            json.WriteStartObject("tenants");
            foreach (var tenant in Tenants)
            {
                json.WriteStartObject(tenant.TenantId!);
                WriteStrings(json, "roles", tenant.RoleNames ?? []);
                WriteStrings(json, "permissions", tenant.Permissions ?? []);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
