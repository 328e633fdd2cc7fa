using System.Net;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Batch;

/// <summary>
/// Batch create against the emulator with more users than one request holds: taken login IDs, and one request that
/// fails as a whole on its way, and still every input is accounted for exactly once.
/// </summary>
public sealed class BatchCreateTests
{
    private const string BatchPath = "/v1/mgmt/user/create/batch";

    [Fact]
    public async Task Two_hundred_fifty_users_some_taken_one_request_failing_are_each_created_or_failed_exactly_once()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Store.Seed("user-003@example.com");
        emulator.Store.Seed("USER-010@example.com");
        emulator.Store.Seed("user-120@example.com");
        emulator.Store.Seed("user-220@example.com");
        var options = TestClients.Options(emulator);
        options.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) };
        using var gateway = new SecondBatchRequestFails();
        using var client = new DescopeUserClient(DescopeUserClient.CreateHttpClient(options, gateway), options);
        var inputs = Enumerable.Range(0, 250).Select(i => $"user-{i:000}@example.com").ToArray();

        var result = await client.CreateBatchAsync(inputs.Select(loginId => new BatchUserCreate(loginId) { Email = loginId, Test = true }));

        gateway.BatchRequests.Should().Be(3, "100 + 100 + 50 users, and the failed request is not sent again");
        emulator.Journal.To(BatchPath).Should().HaveCount(2);

        var created = result.CreatedUsers.Select(u => u.LoginIds!.Single()).ToArray();
        var failed = result.FailedUsers.Select(f => f.LoginId).ToArray();
        created.Concat(failed).Should().BeEquivalentTo(inputs, "every input is accounted for");
        created.Intersect(failed).Should().BeEmpty("and only once");
        created.Should().HaveCount(147);

        result.FailedUsers.Where(f => f.Exception is null).Select(f => f.LoginId)
            .Should().BeEquivalentTo(["user-003@example.com", "user-010@example.com", "user-220@example.com"]);
        result.FailedUsers.Where(f => f.Exception is null).Should().AllSatisfy(f => f.Failure.Should().Contain("already a login ID of another user"));

        var lost = result.FailedUsers.Where(f => f.Exception is not null).ToArray();
        lost.Select(f => f.LoginId).Should().Equal(inputs[100..200], "the users of the request that failed, in input order");
        lost.Should().AllSatisfy(f => f.Exception.Should().BeOfType<DescopeOutcomeUnknownException>()
            .Which.ResponseStatusCode.Should().Be(HttpStatusCode.BadGateway));
        emulator.Store.Users.Should().HaveCount(4 + 147);
    }

    /// <summary>A gateway that answers the second batch request with a 502 of its own, before it reaches the server.</summary>
    private sealed class SecondBatchRequestFails : DelegatingHandler
    {
        private int _batchRequests;

        public SecondBatchRequestFails()
            : base(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
        }

        public int BatchRequests => Volatile.Read(ref _batchRequests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath == BatchPath && Interlocked.Increment(ref _batchRequests) == 2)
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>502 Bad Gateway</html>") });
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
