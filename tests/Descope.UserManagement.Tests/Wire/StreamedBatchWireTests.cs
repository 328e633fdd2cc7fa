using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// The streamed batch operations put exactly the batch rows' bytes on the wire, one request per chunk, with an input the
/// batch call would refuse left out of its chunk's request (the batch create, batch invite and delete batch rows of docs/wire-contract.md).
/// </summary>
public sealed class StreamedBatchWireTests : WireTest
{
    [Fact]
    public async Task Streamed_create_sends_one_exact_request_per_chunk_without_the_refused_input()
    {
        Answer("POST", "/v1/mgmt/user/create/batch", """{"users":[{"loginId":"u0","email":"u0@example.com"}]}""", """{"createdUsers":[{"loginIds":["u0"],"userId":"U0"}]}""");
        Answer("POST", "/v1/mgmt/user/create/batch", """{"users":[{"loginId":"u2","email":"u2@example.com"},{"loginId":"u3","email":"u3@example.com"}]}""",
            """{"createdUsers":[{"loginIds":["u2"],"userId":"U2"}],"failedUsers":[{"failure":"User already exists","user":{"loginIds":["u3"]}}]}""");
        var client = Client();

        var result = await client.CreateBatchAsync(Stream(
            new BatchUserCreate("u0") { Email = "u0@example.com" },
            new BatchUserCreate("u1") { Email = "u1@example.com", Password = "" },
            new BatchUserCreate("u2") { Email = "u2@example.com" },
            new BatchUserCreate("u3") { Email = "u3@example.com" }), new BulkOptions { ChunkSize = 2 });

        Descope.ManagementRequests().Should().HaveCount(2);
        result.Succeeded.Should().Be(2);
        result.Failed.Select(f => (f.Index, f.Input.LoginId)).Should().Equal((1L, "u1"), (3L, "u3"));
        result.Failed[0].Exception.Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("users");
        result.Failed[1].Reason.Should().Be("User already exists");
    }

    [Fact]
    public async Task Streamed_invite_and_delete_send_the_batch_rows_bytes_per_chunk()
    {
        Answer("POST", "/v1/mgmt/user/create/batch", """{"users":[{"loginId":"a@example.com"}],"invite":true,"inviteUrl":"https://app.example.com/join"}""",
            """{"createdUsers":[{"loginIds":["a@example.com"],"userId":"U1"}]}""");
        Answer("POST", "/v1/mgmt/user/delete/batch", """{"userIds":["U1","U2"]}""", "{}");
        Answer("POST", "/v1/mgmt/user/delete/batch", """{"userIds":["U3"]}""", "{}");
        var client = Client();

        var invited = await client.InviteBatchAsync(Stream(new BatchUserCreate("a@example.com")), new InviteOptions { InviteUrl = "https://app.example.com/join" });
        var deleted = await client.DeleteBatchAsync(Stream("U1", "U2", "U3"), new BulkOptions { ChunkSize = 2 });

        invited.AllSucceeded.Should().BeTrue();
        deleted.AllSucceeded.Should().BeTrue();
        deleted.Succeeded.Should().Be(3);
        Descope.ManagementRequests().Should().HaveCount(3);
    }

    private void Answer(string method, string path, string requestBody, string answer) =>
        Descope.Expect(method, path, requestBody).RespondWith(StubDescope.Json(200, answer));

    private static async IAsyncEnumerable<T> Stream<T>(params T[] items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
