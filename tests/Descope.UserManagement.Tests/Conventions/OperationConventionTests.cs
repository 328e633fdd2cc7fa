using System.Reflection;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Testing.Hosting;
using Descope.UserManagement.Tests.Validation;

namespace Descope.UserManagement.Tests.Conventions;

/// <summary>
/// Keeps the operation rows, the public methods, the emulator's routes, the wire cases and the argument-validation
/// cases in step: adding an operation without any one of them fails here, naming what is missing.
/// </summary>
public sealed class OperationConventionTests
{
    // Methods that send another row's request (SearchAll sends Search page after page); their cases count for that row.
    private static readonly Dictionary<string, string> Conveniences = new(StringComparer.Ordinal)
    {
        ["Activate"] = "UpdateStatus",
        ["Deactivate"] = "UpdateStatus",
        ["SearchAll"] = "Search",
    };


    // Rows that share a method and path with another row: the query or body keys tell them apart.
    private static readonly string[] SharedPaths =
    [
        "Load+LoadByUserId", "Create+Invite", "Delete+DeleteByUserId", "Logout+LogoutByUserId", "CreateBatch+InviteBatch",
    ];

    private static IReadOnlyList<string> RowNames => DescopeOperations.All.Select(row => row.Name).ToArray();

    private static IReadOnlyList<string> InterfaceOperations =>
        typeof(IDescopeUserClient).GetMethods().Select(method => Row(method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^"Async".Length] : method.Name)).ToArray();

    [Fact]
    public void Every_interface_method_has_an_operation_row()
    {
        InterfaceOperations.Except(RowNames).Should().BeEmpty("each IDescopeUserClient method sends one row of DescopeOperations, named like the method");
    }

    [Fact]
    public void Every_operation_row_has_an_interface_method()
    {
        RowNames.Except(InterfaceOperations).Should().BeEmpty("a row nobody can call is dead wire contract");
    }

    [Fact]
    public void Every_client_method_is_virtual_so_either_mocking_style_works()
    {
        var notVirtual = typeof(IDescopeUserClient).GetMethods()
            .Select(method => typeof(DescopeUserClient).GetMethod(method.Name, method.GetParameters().Select(p => p.ParameterType).ToArray())!)
            .Where(method => !method.IsVirtual || method.IsFinal)
            .Select(method => method.Name);
        notVirtual.Should().BeEmpty();
    }

    [Fact]
    public void Every_operation_row_has_an_emulator_route()
    {
        var api = new EmulatorApi(new DescopeUserStore(), () => "tier2");
        DescopeOperations.All.Where(row => !api.Serves(row)).Select(row => row.Name).Should().BeEmpty();
    }

    [Fact]
    public void Every_path_is_written_once_but_for_the_known_pairs_that_share_one()
    {
        var shared = DescopeOperations.All
            .GroupBy(row => (row.Method.Method, row.Path))
            .Where(group => group.Count() > 1)
            .Select(group => string.Join("+", group.Select(row => row.Name)));
        shared.Should().BeEquivalentTo(SharedPaths, "only these rows are told apart by their query or body keys; any other shared path is a typo");
        DescopeOperations.All.Select(row => row.Ordinal).Should().Equal(Enumerable.Range(0, DescopeOperations.All.Count));
    }

    [Fact]
    public void Every_operation_row_has_a_wire_case()
    {
        var covered = WireCaseOperations().Select(Row).ToHashSet(StringComparer.Ordinal);
        RowNames.Where(name => !covered.Contains(name)).Should().BeEmpty("every row needs a WireMock.Net case in tests/.../Wire");
    }

    [Fact]
    public void Every_operation_row_has_an_argument_validation_case()
    {
        var covered = ((IEnumerable<object[]>)ArgumentValidationTests.Calls()).Select(data => ((InvalidCall)data[0]).Operation).Select(Row).ToHashSet(StringComparer.Ordinal);
        RowNames.Where(name => !covered.Contains(name) && !TakesNoArguments(name))
            .Should().BeEmpty("every row whose method takes arguments needs a case in ArgumentValidationTests");
    }

    [Fact]
    public void Only_methods_without_arguments_are_spared_a_validation_case()
    {
        RowNames.Where(TakesNoArguments).Should().BeEquivalentTo(["DeleteAllTestUsers", "GetCustomAttributes"], "a method that takes only a cancellation token has nothing to refuse");
    }

    // A method whose only parameter is the cancellation token has no argument that could be refused.
    private static bool TakesNoArguments(string row)
    {
        var methods = typeof(IDescopeUserClient).GetMethods().Where(method => method.Name == row + "Async").ToArray();
        return methods.Length > 0 && methods.All(method => method.GetParameters().All(p => p.ParameterType == typeof(CancellationToken)));
    }

    private static string Row(string operation) => Conveniences.TryGetValue(operation, out var row) ? row : operation;

    // Every public static "Cases" of a type in the Wire namespace holds items with an Operation property.
    private static IEnumerable<string> WireCaseOperations() =>
        typeof(OperationConventionTests).Assembly.GetTypes()
            .Where(type => type.Namespace == "Descope.UserManagement.Tests.Wire")
            .Select(type => type.GetProperty("Cases", BindingFlags.Public | BindingFlags.Static))
            .Where(property => property is not null)
            .SelectMany(property => ((IEnumerable<object[]>)property!.GetValue(null)!).Select(data => data[0]))
            .Select(item => (string)item.GetType().GetProperty("Operation")!.GetValue(item)!);
}
