using System.Text.Json;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Custom attribute definitions, as Descope keeps them (docs/wire-contract.md §3.52–§3.54): create refuses a name that
/// exists (<c>E011003</c>), delete ignores names that do not, and each answers every definition after the change.
/// </summary>
internal sealed class AttributeDefinitionSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Map(DescopeOperations.GetCustomAttributes, (_, _, _) => Answer(store.CustomAttributeDefinitions));
        routes.Map(DescopeOperations.CreateCustomAttributes, (row, _, body) =>
        {
            // The definitions are read whole by the SDK's own type; reading the key marks it used.
            WireReader.Parse(row.Name, body).Element("attributes");
            CreateCustomAttributesRequest request;
            try
            {
                request = JsonSerializer.Deserialize(body, AttributeDefinitionJsonContext.Default.CreateCustomAttributesRequest)!;
            }
            catch (JsonException error)
            {
                throw EmulatedErrors.MalformedBody(row.Name, error.Message);
            }

            if (request.Attributes is not { Count: > 0 } attributes)
            {
                throw EmulatedErrors.MissingArgument(row.Name, "attributes");
            }

            return Answer(store.DefineCustomAttributes(row.Name, attributes));
        });
        routes.Map(DescopeOperations.DeleteCustomAttributes, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var names = reader.Strings("names") is { Count: > 0 } given ? given : throw EmulatedErrors.MissingArgument(row.Name, "names");
            return Answer(store.DeleteCustomAttributes(names));
        });
    }

    private static EmulatorAnswer Answer(IReadOnlyList<CustomAttributeDefinition> definitions) =>
        EmulatorAnswer.Json(200, new CustomAttributesAnswer { Data = definitions.ToList() }, AttributeDefinitionJsonContext.Default.CustomAttributesAnswer);
}
