using System.Text.Json;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>GetCustomAttributes, CreateCustomAttributes and DeleteCustomAttributes: the Go and Node definition shape on the wire, both ways.</summary>
public sealed class AttributeDefinitionWireTests : WireTest
{
    private const string PlanJson = """
        {"name":"plan","displayName":"Plan","type":4,"options":[{"value":"free","label":"Free"},{"value":"gold","label":"Gold"}],"defaultValue":"free",
         "viewPermissions":["User Admin"],"editPermissions":["Billing"]}
        """;

    private static readonly CustomAttributeDefinition Plan = new()
    {
        Name = "plan",
        DisplayName = "Plan",
        Type = 4,
        Options = [new CustomAttributeOption("free", "Free"), new CustomAttributeOption("gold", "Gold")],
        DefaultValue = "free",
        ViewPermissions = ["User Admin"],
        EditPermissions = ["Billing"],
    };

    public static TheoryData<WireCase> Cases => new()
    {
        new WireCase("GetCustomAttributes", "minimal: a GET without query or body; an answer without data is no definitions", "GET", "/v1/mgmt/user/customattributes", null,
            async c => await c.GetCustomAttributesAsync())
        {
            Answer = "{}",
            Returned = result => result.Should().BeAssignableTo<IReadOnlyList<CustomAttributeDefinition>>().Which.Should().BeEmpty(),
        },
        new WireCase("GetCustomAttributes", "full: every key read; options given as plain strings are read as value and label", "GET", "/v1/mgmt/user/customattributes", null,
            async c => await c.GetCustomAttributesAsync())
        {
            Answer = "{\"data\":[" + PlanJson + """,{"name":"tier","type":1,"options":["a"],"futureKey":{"x":1}}]}""",
            Returned = result =>
            {
                var definitions = result.Should().BeAssignableTo<IReadOnlyList<CustomAttributeDefinition>>().Subject;
                definitions.Should().HaveCount(2);
                ShouldBePlan(definitions[0]);
                definitions[1].Should().BeEquivalentTo(
                    new CustomAttributeDefinition { Name = "tier", Type = 1, Options = [new CustomAttributeOption("a", "a")] }, options => options.ComparingRecordsByMembers());
            },
        },
        new WireCase("CreateCustomAttributes", "minimal: the name, and the type always written", "POST", "/v1/mgmt/user/customattribute/create",
            """{"attributes":[{"name":"seats","type":0}]}""", async c => await c.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = "seats" }]))
        {
            Answer = """{"data":[{"name":"seats","type":0}]}""",
            Returned = result => result.Should().BeAssignableTo<IReadOnlyList<CustomAttributeDefinition>>().Which.Single().Name.Should().Be("seats"),
        },
        new WireCase("CreateCustomAttributes", "full: every key in the Go and Node shape; answers every definition after the change", "POST", "/v1/mgmt/user/customattribute/create",
            WireJson.Compact("{\"attributes\":[" + PlanJson + """,{"name":"beta","type":3,"defaultValue":false}]}"""),
            async c => await c.CreateCustomAttributesAsync([Plan, new CustomAttributeDefinition { Name = "beta", Type = 3, DefaultValue = false }]))
        {
            Answer = "{\"data\":[" + PlanJson + "]}",
            Returned = result => ShouldBePlan(result.Should().BeAssignableTo<IReadOnlyList<CustomAttributeDefinition>>().Which.Single()),
        },
        new WireCase("DeleteCustomAttributes", "posts the names; answers the definitions that remain", "POST", "/v1/mgmt/user/customattribute/delete",
            """{"names":["seats","beta"]}""", async c => await c.DeleteCustomAttributesAsync(["seats", "beta"]))
        {
            Answer = "{\"data\":[" + PlanJson + "]}",
            Returned = result => ShouldBePlan(result.Should().BeAssignableTo<IReadOnlyList<CustomAttributeDefinition>>().Which.Single()),
        },
        new WireCase("DeleteCustomAttributes", "minimal: one name; none remain", "POST", "/v1/mgmt/user/customattribute/delete",
            """{"names":["plan"]}""", async c => await c.DeleteCustomAttributesAsync(["plan"]))
        {
            Answer = """{"data":[]}""",
            Returned = result => result.Should().BeAssignableTo<IReadOnlyList<CustomAttributeDefinition>>().Which.Should().BeEmpty(),
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_answer(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);

    private static void ShouldBePlan(CustomAttributeDefinition definition)
    {
        definition.Should().BeEquivalentTo(Plan, options => options.ComparingRecordsByMembers().Excluding(d => d.DefaultValue));
        definition.DefaultValue.Should().BeOfType<JsonElement>().Which.GetString().Should().Be("free");
    }
}
