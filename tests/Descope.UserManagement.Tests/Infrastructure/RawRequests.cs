using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Descope.UserManagement.Testing;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>Plain HTTP to an emulator, as a client in another language would send it: exact JSON, no SDK in between.</summary>
public static class RawRequests
{
    /// <summary>An HttpClient with the emulator's base address and bearer.</summary>
    public static HttpClient Client(Uri baseUrl, string projectId, string managementKey)
    {
        var http = new HttpClient { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", $"{projectId}:{managementKey}");
        return http;
    }

    public static HttpClient Client(DescopeEmulator emulator) => Client(emulator.BaseUrl, emulator.ProjectId, emulator.ManagementKey);

    /// <summary>Sends <paramref name="json"/> (none when <see langword="null"/>) and returns the status and the parsed answer.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(this HttpClient http, string method, string pathAndQuery, string? json = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), pathAndQuery.TrimStart('/'));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    /// <summary>Sends and asserts HTTP 200, naming the answer when it is not.</summary>
    public static async Task<JsonElement> OkAsync(this HttpClient http, string method, string pathAndQuery, string? json = null)
    {
        var (status, body) = await http.SendAsync(method, pathAndQuery, json);
        status.Should().Be(HttpStatusCode.OK, "{0} {1} answered {2}", method, pathAndQuery, body.ToString());
        return body;
    }
}
