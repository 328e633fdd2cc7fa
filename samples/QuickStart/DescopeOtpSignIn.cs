using System.Net.Http.Json;

namespace QuickStart;

/// <summary>
/// Signs a user in with a one-time code through Descope's authentication API (<c>POST /v1/auth/otp/verify/email</c>,
/// authorised by the project ID alone), as a front end would: the end-to-end check of a generated test-user code.
/// </summary>
internal static class DescopeOtpSignIn
{
    public static Func<string, string, Task<bool>> For(Uri baseUrl, string projectId) => async (loginId, code) =>
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/auth/otp/verify/email")
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["loginId"] = loginId, ["code"] = code }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", projectId);
        using var response = await http.SendAsync(request);
        return response.IsSuccessStatusCode;
    };
}
