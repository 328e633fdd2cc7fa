using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// The stub server the wire tests rely on matches a request only when every part is exactly as stubbed, and reports
/// anything else. Requests here are sent with a plain HttpClient, so each differs from the stub in one part only.
/// </summary>
public sealed class StubDescopeTests
{
    private const string Path = "/v1/mgmt/user/update/status";
    private const string Body = """{"loginId":"alice","status":"enabled"}""";

    public static TheoryData<string, Action<HttpRequestMessage>> OneThingDifferent => new()
    {
        { "method", r => r.Method = HttpMethod.Put },
        { "path", r => r.RequestUri = new Uri(r.RequestUri!, "/v1/mgmt/user/update/status/") },
        { "query", r => r.RequestUri = new Uri(r.RequestUri!, Path + "?loginId=alice") },
        { "key order of the body", r => r.Content = Json("""{"status":"enabled","loginId":"alice"}""") },
        { "white space in the body", r => r.Content = Json("""{"loginId": "alice","status":"enabled"}""") },
        { "content type", r => r.Content!.Headers.ContentType = new MediaTypeHeaderValue("text/plain") },
        { "management key", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestClients.ProjectId + ":another-key") },
        { "project ID header", r => Replace(r, "x-descope-project-id", "P2other") },
        { "SDK name header missing", r => r.Headers.Remove("x-descope-sdk-name") },
        { "SDK version header", r => Replace(r, "x-descope-sdk-version", "0.0.0") },
        { "runtime header missing", r => r.Headers.Remove("x-descope-sdk-dotnet-version") },
    };

    [Fact]
    public async Task The_exact_request_matches_and_is_answered()
    {
        using var stub = StubDescope.Start();
        stub.Expect("POST", Path, Body).RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));
        using var http = new HttpClient();

        using var response = await http.SendAsync(ExactRequest(stub));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        stub.VerifyEveryRequestMatched();
    }

    [Theory]
    [MemberData(nameof(OneThingDifferent))]
    public async Task A_request_that_differs_in_one_part_is_not_answered_and_is_reported(string difference, Action<HttpRequestMessage> change)
    {
        using var stub = StubDescope.Start();
        stub.Expect("POST", Path, Body).RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));
        using var http = new HttpClient();
        using var request = ExactRequest(stub);
        change(request);

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, $"a request with a different {difference} must not match");
        stub.Invoking(s => s.VerifyEveryRequestMatched()).Should().Throw<Exception>()
            .Which.Message.Should().Contain(Path).And.NotContain(TestClients.ManagementKey);
    }

    [Fact]
    public async Task A_stub_without_a_body_does_not_match_a_request_with_one()
    {
        using var stub = StubDescope.Start();
        stub.Expect("GET", "/v1/mgmt/user", body: null, query: "?loginId=alice").RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));
        using var http = new HttpClient();
        using var request = ExactRequest(stub);
        request.Method = HttpMethod.Get;
        request.RequestUri = new Uri(stub.BaseUrl, "/v1/mgmt/user?loginId=alice");

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        stub.Invoking(s => s.VerifyEveryRequestMatched()).Should().Throw<Exception>();
    }

    // What the SDK sends for ActivateAsync("alice"), built by hand.
    private static HttpRequestMessage ExactRequest(StubDescope stub)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(stub.BaseUrl, Path)) { Content = Json(Body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestClients.ProjectId + ":" + TestClients.ManagementKey);
        foreach (var (name, value) in StubDescope.SdkHeaders)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private static ByteArrayContent Json(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static void Replace(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }
}
