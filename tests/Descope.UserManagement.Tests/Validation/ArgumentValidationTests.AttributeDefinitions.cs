namespace Descope.UserManagement.Tests.Validation;

// The cases of the attribute-definition operations (listing them takes no argument).
public sealed partial class ArgumentValidationTests
{
    private static void AddAttributeDefinitionCalls(TheoryData<InvalidCall> data)
    {
        foreach (var (label, bad) in new[] { ("null", (string?)null), ("empty", ""), ("blank", "  \t") })
        {
            var name = bad!;
            data.Add(new($"DeleteCustomAttributes, a {label} name", c => c.DeleteCustomAttributesAsync(["plan", name]), "names"));
            data.Add(new($"CreateCustomAttributes, a {label} name", c => c.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = name }]), "attributes"));
        }

        data.Add(new("CreateCustomAttributes, null list", c => c.CreateCustomAttributesAsync(null!), "attributes"));
        data.Add(new("CreateCustomAttributes, empty list", c => c.CreateCustomAttributesAsync([]), "attributes"));
        data.Add(new("CreateCustomAttributes, a null definition", c => c.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = "a" }, null!]), "attributes"));
        data.Add(new("CreateCustomAttributes, a name twice", c =>
            c.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = "a" }, new CustomAttributeDefinition { Name = "a" }]), "attributes"));
        data.Add(new("CreateCustomAttributes, an option without a label", c =>
            c.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = "a", Options = [new CustomAttributeOption("v", null!)] }]), "attributes"));
        data.Add(new("CreateCustomAttributes, a default value that cannot be sent", c =>
            c.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = "a", DefaultValue = DateTime.UtcNow }]), "attributes"));
        data.Add(new("CreateCustomAttributes, a blank view permission", c =>
            c.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = "a", ViewPermissions = [" "] }]), "attributes"));
        data.Add(new("DeleteCustomAttributes, null list", c => c.DeleteCustomAttributesAsync(null!), "names"));
        data.Add(new("DeleteCustomAttributes, empty list", c => c.DeleteCustomAttributesAsync([]), "names"));
    }
}
