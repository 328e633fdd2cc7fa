using System.Collections.Generic;

namespace Descope.UserManagement;

/// <summary>
/// A custom user attribute defined in the project, in the shape Descope's Go and Node SDKs use
/// (docs/wire-contract.md §3.52). A user's <c>customAttributes</c> may hold only keys defined here.
/// </summary>
public sealed record CustomAttributeDefinition
{
    /// <summary>The key the attribute has in a user's custom attributes, its machine name (<c>name</c>).</summary>
    public string Name { get; init; } = "";

    /// <summary>The name shown in Descope's console and widgets (<c>displayName</c>).</summary>
    public string? DisplayName { get; init; }

    /// <summary>
    /// The attribute's type as Descope numbers it (<c>type</c>, a 32-bit integer, always sent). Descope publishes no
    /// table of these numbers; read an existing definition with <c>GetCustomAttributesAsync</c> to learn them.
    /// </summary>
    public int Type { get; init; }

    /// <summary>The values a select attribute offers (<c>options</c>).</summary>
    public IReadOnlyList<CustomAttributeOption>? Options { get; init; }

    /// <summary>
    /// The value a user has until one is set (<c>defaultValue</c>): when writing, null, a string, a boolean, a finite
    /// number, a <see cref="System.Text.Json.JsonElement"/> or a list of those; when read, a
    /// <see cref="System.Text.Json.JsonElement"/>. Left out when <see langword="null"/>.
    /// </summary>
    public object? DefaultValue { get; init; }

    /// <summary>Permissions a user needs to see the attribute in Descope's widgets (<c>viewPermissions</c>).</summary>
    public IReadOnlyList<string>? ViewPermissions { get; init; }

    /// <summary>Permissions a user needs to change the attribute in Descope's widgets (<c>editPermissions</c>).</summary>
    public IReadOnlyList<string>? EditPermissions { get; init; }
}
