using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// A test with its own <see cref="StubDescope"/>. When the test ends, every request the server received (less the
/// license handshake) must have matched one of its stubs: a request the SDK sent differently fails the test even
/// where the call's own outcome would not show it.
/// </summary>
public abstract class WireTest : IDisposable
{
    private readonly List<DescopeUserClient> _clients = [];

    protected StubDescope Descope { get; } = StubDescope.Start();

    /// <summary>
    /// A client for the stub (retries off unless <paramref name="configure"/> turns them on), disposed with the test;
    /// with <paramref name="recorder"/> as the handler that sends its requests, when given.
    /// </summary>
    protected DescopeUserClient Client(Action<DescopeUserClientOptions>? configure = null, SentRequestRecorder? recorder = null)
    {
        var client = Descope.CreateClient(configure, recorder);
        _clients.Add(client);
        return client;
    }

    /// <summary>
    /// Stubs the case's exact request with its answer, makes the call, and checks the one request that arrived (the
    /// body as exact text: key order and escapes are part of the contract) and what the call returned.
    /// </summary>
    protected async Task SendsExactlyAndReturnsTheAnswerAsync(WireCase wireCase)
    {
        Descope.Expect(wireCase.Method, wireCase.Path, wireCase.Body, wireCase.Query).RespondWith(StubDescope.Json(200, wireCase.Answer));

        var result = await wireCase.Call(Client());

        var request = Descope.SingleRequest();
        Descope.VerifyEveryRequestMatched();
        request.Method.Should().Be(wireCase.Method);
        request.Path.Should().Be(wireCase.Path);
        (request.RawQuery ?? "").Should().Be(wireCase.Query);
        if (wireCase.Body is null)
        {
            request.Body.Should().BeNullOrEmpty();
        }
        else
        {
            JsonAssert.Equivalent(request.Body!, wireCase.Body);
            request.Body.Should().Be(wireCase.Body, "the body is compared as the exact text the SDK sends");
        }

        wireCase.Returned(result);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        foreach (var client in _clients)
        {
            client.Dispose();
        }

        try
        {
            Descope.VerifyEveryRequestMatched();
        }
        finally
        {
            Descope.Dispose();
        }
    }
}
