using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Writes a search body with only the keys the caller set, in a fixed order (docs/wire-contract.md §3.20). Times go
/// out in Unix milliseconds, unlike the seconds of <see cref="User.CreatedTime"/>.
/// </summary>
internal static class SearchRequestWriter
{
    public static void Write(Utf8JsonWriter writer, SearchRequest request)
    {
        var query = request.Query;
        writer.WriteStartObject();
        Number(writer, "limit"u8, query.Limit);
        Number(writer, "page"u8, request.Page ?? query.Page);
        JsonWrite.String(writer, "text"u8, query.Text);
        JsonWrite.Strings(writer, "loginIds"u8, query.LoginIds);
        JsonWrite.Strings(writer, "userIds"u8, query.UserIds);
        JsonWrite.Strings(writer, "emails"u8, query.Emails);
        JsonWrite.Strings(writer, "phones"u8, query.Phones);
        if (query.Statuses is { } statuses)
        {
            writer.WriteStartArray("statuses"u8);
            foreach (var status in statuses)
            {
                writer.WriteStringValue(UserStatusNames.ToWireValue(status));
            }

            writer.WriteEndArray();
        }

        JsonWrite.Strings(writer, "roleNames"u8, query.RoleNames);
        JsonWrite.Strings(writer, "tenantIds"u8, query.TenantIds);
        RoleFilters(writer, "tenantRoleIds"u8, query.TenantRoleIds);
        RoleFilters(writer, "tenantRoleNames"u8, query.TenantRoleNames);
        if (query.CustomAttributes is { } attributes)
        {
            writer.WriteStartObject("customAttributes"u8);
            foreach (var attribute in attributes)
            {
                writer.WritePropertyName(attribute.Key);
                CustomAttributeValues.Write(writer, attribute.Value);
            }

            writer.WriteEndObject();
        }

        JsonWrite.Strings(writer, "ssoAppIds"u8, query.SsoAppIds);
        JsonWrite.Boolean(writer, "withTestUser"u8, request.TestUsersOnly ? true : query.WithTestUsers);
        JsonWrite.Boolean(writer, "testUsersOnly"u8, request.TestUsersOnly ? true : query.TestUsersOnly);
        Milliseconds(writer, "fromCreatedTime"u8, query.CreatedAfter);
        Milliseconds(writer, "toCreatedTime"u8, query.CreatedBefore);
        Milliseconds(writer, "fromModifiedTime"u8, query.ModifiedAfter);
        Milliseconds(writer, "toModifiedTime"u8, query.ModifiedBefore);
        if (query.Sort is { } sort)
        {
            writer.WriteStartArray("sort"u8);
            foreach (var key in sort)
            {
                writer.WriteStartObject();
                writer.WriteString("field"u8, key.Field);
                writer.WriteBoolean("desc"u8, key.Descending);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void Milliseconds(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteNumber(name, time.ToUnixTimeMilliseconds());
        }
    }

    // {"<tenantId>": {"values": [...], "and": true}}; "and" is left out for "any of", as Descope's Go SDK does.
    private static void RoleFilters(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyDictionary<string, RoleFilter>? filters)
    {
        if (filters is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var filter in filters)
        {
            writer.WriteStartObject(filter.Key);
            JsonWrite.Strings(writer, "values"u8, filter.Value.Values);
            if (filter.Value.MatchAll)
            {
                writer.WriteBoolean("and"u8, true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}

/// <summary>Writes <see cref="SearchRequest"/> with <see cref="SearchRequestWriter"/>; requests are never read.</summary>
internal sealed class SearchRequestConverter : JsonConverter<SearchRequest>
{
    public override SearchRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Request bodies are written, never read.");

    public override void Write(Utf8JsonWriter writer, SearchRequest value, JsonSerializerOptions options) => SearchRequestWriter.Write(writer, value);
}
