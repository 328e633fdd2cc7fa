using System.Collections.Generic;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Custom attribute definitions (docs/wire-contract.md §3.52–§3.54). A repeated create meets its own names, so create
// is once-only; list and delete are repeatable.
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<NoBody, CustomAttributesAnswer> GetCustomAttributes =
        Row<NoBody, CustomAttributesAnswer>("GetCustomAttributes", Get, "/v1/mgmt/user/customattributes", request: null,
            AttributeDefinitionJsonContext.Default.CustomAttributesAnswer);

    public static readonly DescopeOperation<CreateCustomAttributesRequest, CustomAttributesAnswer> CreateCustomAttributes =
        Row("CreateCustomAttributes", Post, "/v1/mgmt/user/customattribute/create", AttributeDefinitionJsonContext.Default.CreateCustomAttributesRequest,
            AttributeDefinitionJsonContext.Default.CustomAttributesAnswer, RetryClass.OnlyIfNotSent);

    public static readonly DescopeOperation<DeleteCustomAttributesRequest, CustomAttributesAnswer> DeleteCustomAttributes =
        Row("DeleteCustomAttributes", Post, "/v1/mgmt/user/customattribute/delete", AttributeDefinitionJsonContext.Default.DeleteCustomAttributesRequest,
            AttributeDefinitionJsonContext.Default.CustomAttributesAnswer);
}

/// <summary>Body of create attribute definitions.</summary>
internal sealed class CreateCustomAttributesRequest
{
    [JsonPropertyName("attributes")]
    [JsonConverter(typeof(CustomAttributeDefinitionListConverter))]
    public List<CustomAttributeDefinition> Attributes { get; set; } = [];
}

/// <summary>Body of delete attribute definitions.</summary>
internal sealed class DeleteCustomAttributesRequest
{
    [JsonPropertyName("names")] public IReadOnlyList<string> Names { get; set; } = [];
}

/// <summary>The answer of all three: <c>{"data": [definition…]}</c>; a missing list means none.</summary>
internal sealed class CustomAttributesAnswer : IWireAnswer
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(CustomAttributeDefinitionListConverter))]
    public List<CustomAttributeDefinition>? Data { get; set; }

    public string? Problem => Data is { } items && items.Contains(null!) ? "The response listed a null attribute definition." : null;
}

/// <summary>The bodies and answers of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateCustomAttributesRequest))]
[JsonSerializable(typeof(DeleteCustomAttributesRequest))]
[JsonSerializable(typeof(CustomAttributesAnswer))]
internal sealed partial class AttributeDefinitionJsonContext : JsonSerializerContext
{
}
