using System.Collections.Generic;
using System.Text.Json;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Reads and writes the <c>userTenants</c> array for <see cref="UserJsonConverter"/>: each item built once from
/// locals, like the user. Properties it does not know are skipped.
/// </summary>
internal static class UserTenantJson
{
    /// <summary>The <c>userTenants</c> array: <see langword="null"/> for JSON null; a null item stays null.</summary>
    public static List<UserTenant>? ReadList(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonValues.Mismatch(ref reader, "userTenants", "an array of tenants");
        }

        var tenants = new List<UserTenant>();
        while (JsonValues.Next(ref reader) != JsonTokenType.EndArray)
        {
            tenants.Add(reader.TokenType == JsonTokenType.Null ? null! : ReadTenant(ref reader));
        }

        return tenants;
    }

    public static void WriteList(Utf8JsonWriter writer, IReadOnlyList<UserTenant> tenants)
    {
        writer.WriteStartArray();
        foreach (var tenant in tenants)
        {
            if (tenant is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteTenant(writer, tenant);
            }
        }

        writer.WriteEndArray();
    }

    private static UserTenant ReadTenant(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Mismatch(ref reader, "userTenants", "an array of tenant objects");
        }

        string? tenantId = null, tenantName = null;
        IReadOnlyList<string>? roleNames = null, permissions = null;
        while (JsonValues.Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("tenantId"u8))
            {
                JsonValues.Next(ref reader);
                tenantId = JsonValues.String(ref reader, "tenantId");
            }
            else if (reader.ValueTextEquals("tenantName"u8))
            {
                JsonValues.Next(ref reader);
                tenantName = JsonValues.String(ref reader, "tenantName");
            }
            else if (reader.ValueTextEquals("roleNames"u8))
            {
                JsonValues.Next(ref reader);
                roleNames = JsonValues.Strings(ref reader, "roleNames");
            }
            else if (reader.ValueTextEquals("permissions"u8))
            {
                JsonValues.Next(ref reader);
                permissions = JsonValues.Strings(ref reader, "permissions");
            }
            else
            {
                JsonValues.Next(ref reader);
                reader.Skip();
            }
        }

        return new UserTenant { TenantId = tenantId, TenantName = tenantName, RoleNames = roleNames, Permissions = permissions };
    }

    private static void WriteTenant(Utf8JsonWriter writer, UserTenant tenant)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, "tenantId"u8, tenant.TenantId);
        JsonWrite.String(writer, "tenantName"u8, tenant.TenantName);
        JsonWrite.Strings(writer, "roleNames"u8, tenant.RoleNames);
        JsonWrite.Strings(writer, "permissions"u8, tenant.Permissions);
        writer.WriteEndObject();
    }
}
