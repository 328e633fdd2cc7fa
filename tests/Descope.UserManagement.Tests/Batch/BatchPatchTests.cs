using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Batch;

/// <summary>
/// Batch patch over a connection that drops, or an answer that takes too long, in the middle of a batch. The batch's requests and the mapping of its
/// answers are in Wire/BatchWireTests.cs; this one needs a connection that closes before any answer for one request
/// and not for the others, which the emulator's fault injector plays.
/// </summary>
public sealed class BatchPatchTests
{
    [Fact]
    public async Task A_transport_failure_of_one_request_fails_only_its_users_and_keeps_the_others()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["u0"]}]}""");
        emulator.Faults.Inject(EmulatorFault.Drop());
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["u2"]}]}""");
        using var client = TestClients.For(emulator, batchSize: 1);

        var result = await client.PatchBatchAsync([new BatchUserPatch("u0"), new BatchUserPatch("u1"), new BatchUserPatch("u2")]);

        emulator.ManagementRequests().Count.Should().Be(3);
        result.PatchedUsers.SelectMany(u => u.LoginIds!).Should().Equal("u0", "u2");
        result.FailedUsers.Should().ContainSingle().Which.Should().Match<BatchPatchFailure>(f => f.LoginId == "u1" && f.Exception is HttpRequestException);
    }

    [Fact]
    public async Task A_request_that_times_out_fails_only_its_users_instead_of_throwing()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        var options = TestClients.Options(emulator, batchSize: 1);
        options.Timeout = TimeSpan.FromMilliseconds(300);
        using var client = new DescopeUserClient(options);
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["u0"]}]}""");
        await client.PatchBatchAsync([new BatchUserPatch("u0")]); // the license handshake is done before the short timeouts below
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["u0"]}]}""");
        emulator.Faults.Inject(EmulatorFault.Status(200) with { Delay = TimeSpan.FromSeconds(20) });
        emulator.Respond(200, """{"patchedUsers":[{"loginIds":["u2"]}]}""");

        var result = await client.PatchBatchAsync([new BatchUserPatch("u0"), new BatchUserPatch("u1"), new BatchUserPatch("u2")]);

        result.PatchedUsers.SelectMany(u => u.LoginIds!).Should().Equal("u0", "u2");
        result.FailedUsers.Should().ContainSingle().Which.Should().Match<BatchPatchFailure>(f => f.LoginId == "u1" && f.Exception is TimeoutException);
    }
}
