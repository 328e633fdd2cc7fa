using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// One row of a wire table: an SDK call, the exact request Descope must receive for it, the answer Descope gives,
/// and what the call must return. <see cref="Operation"/> is the SDK's name for the endpoint (the row names in
/// src/Descope.UserManagement/Operations/).
/// </summary>
/// <param name="Operation">The operation row the call goes through.</param>
/// <param name="Name">What this case shows.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without query.</param>
/// <param name="Body">The exact body text, or <see langword="null"/> for a request without a body.</param>
/// <param name="Call">The call, returning what the SDK returned (<see langword="null"/> for a call that returns nothing).</param>
public sealed record WireCase(string Operation, string Name, string Method, string Path, string? Body, Func<IDescopeUserClient, Task<object?>> Call)
{
    /// <summary>The raw query, with its <c>?</c>; empty for none.</summary>
    public string Query { get; init; } = "";

    /// <summary>What the stub answers with (HTTP 200): by default a user with every field set.</summary>
    public string Answer { get; init; } = SampleUsers.UserAnswerJson;

    /// <summary>Checks what the call returned; by default that it is the user in <see cref="SampleUsers.UserAnswerJson"/>.</summary>
    public Action<object?> Returned { get; init; } = result => AnsweredUsers.ShouldBeTheFullSampleUser(result);

    /// <summary>A case for a call that returns a <see cref="User"/>.</summary>
    public static WireCase ForUser(string operation, string name, Func<IDescopeUserClient, Task<User>> call, string method, string path, string? body) =>
        new(operation, name, method, path, body, async client => await call(client));

    /// <summary>A case for a call that returns nothing: Descope answers <paramref name="answer"/> (an empty object by default).</summary>
    public static WireCase ForNothing(string operation, string name, Func<IDescopeUserClient, Task> call, string method, string path, string? body, string answer = "{}") =>
        new(operation, name, method, path, body, async client =>
        {
            await call(client);
            return null;
        })
        {
            Answer = answer,
            Returned = result => result.Should().BeNull(),
        };

    public override string ToString() => $"{Operation}: {Name}";
}
