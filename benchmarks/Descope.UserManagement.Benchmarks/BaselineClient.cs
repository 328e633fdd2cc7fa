using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Descope.UserManagement.Benchmarks;

/// <summary>
/// The floor: a bare HttpClient and source-generated System.Text.Json sending the same request (same headers, same
/// body) and reading the same answer, with nothing else: no argument checks, no retries, no error mapping.
/// </summary>
internal sealed class BaselineClient(HttpClient http, string baseUrl = CannedAnswers.BaseUrl)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly AuthenticationHeaderValue Authorization = new("Bearer", CannedAnswers.ProjectId + ":" + CannedAnswers.ManagementKey);
    private static readonly HttpMethod Patch = new("PATCH");

    // What any client sending Descope's SDK headers would compute once: its version and the runtime's description.
    private static readonly string SdkVersion = typeof(DescopeUserClient).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
    private static readonly string RuntimeVersion = RuntimeInformation.FrameworkDescription.Trim();

    public Task<BaselineUserResponse?> PostAsync<T>(string path, T body, JsonTypeInfo<T> type) =>
        SendAsync(HttpMethod.Post, path, body, type, BaselineJsonContext.Default.BaselineUserResponse);

    public Task<BaselineUserResponse?> PatchAsync<T>(string path, T body, JsonTypeInfo<T> type) =>
        SendAsync(Patch, path, body, type, BaselineJsonContext.Default.BaselineUserResponse);

    public Task<BaselineBatchResponse?> PatchBatchAsync(BaselineBatchRequest body) =>
        SendAsync(Patch, "/v1/mgmt/user/patch/batch", body, BaselineJsonContext.Default.BaselineBatchRequest, BaselineJsonContext.Default.BaselineBatchResponse);

    /// <summary>One page of a search.</summary>
    public Task<BaselineUsersResponse?> SearchAsync(BaselineSearchRequest body) =>
        SendAsync(HttpMethod.Post, "/v2/mgmt/user/search", body, BaselineJsonContext.Default.BaselineSearchRequest, BaselineJsonContext.Default.BaselineUsersResponse);

    /// <summary>
    /// Every user a search finds, page after page: the paging loop a developer writes, ending at a short page or once
    /// the first page's total was yielded.
    /// </summary>
    public async IAsyncEnumerable<BaselineUser> SearchAllAsync(string text, int limit)
    {
        long yielded = 0;
        int? total = null;
        for (var page = 0; ; page++)
        {
            var answer = await SearchAsync(new BaselineSearchRequest(limit, page, text));
            var users = answer?.Users ?? [];
            total ??= answer?.Total;
            foreach (var user in users)
            {
                yielded++;
                yield return user;
            }

            if (users.Count < limit || yielded >= total)
            {
                yield break;
            }
        }
    }

    public async Task<BaselineUserResponse?> GetAsync(string pathAndQuery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, baseUrl + pathAndQuery);
        AddHeaders(request);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.BaselineUserResponse);
    }

    private async Task<TResponse?> SendAsync<TRequest, TResponse>(HttpMethod method, string path, TRequest body, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, requestType));
        content.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(method, baseUrl + path) { Content = content };
        AddHeaders(request);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await JsonSerializer.DeserializeAsync(stream, responseType);
    }

    private static void AddHeaders(HttpRequestMessage request)
    {
        request.Headers.Authorization = Authorization;
        request.Headers.TryAddWithoutValidation("x-descope-project-id", CannedAnswers.ProjectId);
        request.Headers.TryAddWithoutValidation("x-descope-sdk-name", "Descope.UserManagement");
        request.Headers.TryAddWithoutValidation("x-descope-sdk-version", SdkVersion);
        request.Headers.TryAddWithoutValidation("x-descope-sdk-dotnet-version", RuntimeVersion);
        request.Headers.TryAddWithoutValidation("x-descope-license", "tier2");
    }
}

public sealed class BaselineUserResponse
{
    [JsonPropertyName("user")] public BaselineUser? User { get; set; }
}

public sealed class BaselineBatchResponse
{
    [JsonPropertyName("patchedUsers")] public List<BaselineUser>? PatchedUsers { get; set; }
    [JsonPropertyName("failedUsers")] public List<BaselineFailure>? FailedUsers { get; set; }
    [JsonPropertyName("additionalErrors")] public Dictionary<string, string>? AdditionalErrors { get; set; }
}

public sealed class BaselineUsersResponse
{
    [JsonPropertyName("users")] public List<BaselineUser>? Users { get; set; }
    [JsonPropertyName("total")] public int? Total { get; set; }
}

public sealed class BaselineFailure
{
    [JsonPropertyName("failure")] public string? Failure { get; set; }
    [JsonPropertyName("user")] public BaselineUser? User { get; set; }
}

/// <summary>The same fields as the SDK's User (unknown ones kept, as the SDK keeps them), in their plainest form.</summary>
public sealed class BaselineUser
{
    [JsonPropertyName("loginIds")] public List<string>? LoginIds { get; set; }
    [JsonPropertyName("userId")] public string? UserId { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("givenName")] public string? GivenName { get; set; }
    [JsonPropertyName("middleName")] public string? MiddleName { get; set; }
    [JsonPropertyName("familyName")] public string? FamilyName { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("phone")] public string? Phone { get; set; }
    [JsonPropertyName("verifiedEmail")] public bool? VerifiedEmail { get; set; }
    [JsonPropertyName("verifiedPhone")] public bool? VerifiedPhone { get; set; }
    [JsonPropertyName("roleNames")] public List<string>? RoleNames { get; set; }
    [JsonPropertyName("userTenants")] public List<BaselineTenant>? UserTenants { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("externalIds")] public List<string>? ExternalIds { get; set; }
    [JsonPropertyName("picture")] public string? Picture { get; set; }
    [JsonPropertyName("test")] public bool? Test { get; set; }
    [JsonPropertyName("customAttributes")] public Dictionary<string, JsonElement>? CustomAttributes { get; set; }
    [JsonPropertyName("createdTime")] public long? CreatedTime { get; set; }
    [JsonPropertyName("TOTP")] public bool? Totp { get; set; }
    [JsonPropertyName("SAML")] public bool? Saml { get; set; }
    [JsonPropertyName("SCIM")] public bool? Scim { get; set; }
    [JsonPropertyName("OIDC")] public bool? Oidc { get; set; }
    [JsonPropertyName("OAuth")] public Dictionary<string, bool>? OAuth { get; set; }
    [JsonPropertyName("webauthn")] public bool? WebAuthn { get; set; }
    [JsonPropertyName("password")] public bool? Password { get; set; }
    [JsonPropertyName("push")] public bool? Push { get; set; }
    [JsonPropertyName("editable")] public bool? Editable { get; set; }
    [JsonPropertyName("ssoAppIds")] public List<string>? SsoAppIds { get; set; }
    [JsonPropertyName("permissions")] public List<string>? Permissions { get; set; }
    [JsonPropertyName("consentExpiration")] public double? ConsentExpiration { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class BaselineTenant
{
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    [JsonPropertyName("tenantName")] public string? TenantName { get; set; }
    [JsonPropertyName("roleNames")] public List<string>? RoleNames { get; set; }
    [JsonPropertyName("permissions")] public List<string>? Permissions { get; set; }
}

internal sealed record StatusRequest([property: JsonPropertyName("loginId")] string LoginId, [property: JsonPropertyName("status")] string Status);

internal sealed record EmailRequest(
    [property: JsonPropertyName("loginId")] string LoginId,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("verified")] bool Verified,
    [property: JsonPropertyName("failOnConflict")] bool FailOnConflict);

internal sealed record RolesRequest(
    [property: JsonPropertyName("loginId")] string LoginId,
    [property: JsonPropertyName("roleNames")] string[] RoleNames,
    [property: JsonPropertyName("tenantId")] string TenantId);

internal sealed class UserFieldsRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("phone")] public string? Phone { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("givenName")] public string? GivenName { get; set; }
    [JsonPropertyName("familyName")] public string? FamilyName { get; set; }
    [JsonPropertyName("verifiedEmail")] public bool? VerifiedEmail { get; set; }
    [JsonPropertyName("roleNames")] public string[]? RoleNames { get; set; }
    [JsonPropertyName("userTenants")] public BaselineTenantRoles[]? UserTenants { get; set; }
    [JsonPropertyName("customAttributes")] public Dictionary<string, JsonElement>? CustomAttributes { get; set; }
    [JsonPropertyName("picture")] public string? Picture { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
}

internal sealed record BaselineTenantRoles([property: JsonPropertyName("tenantId")] string TenantId, [property: JsonPropertyName("roleNames")] string[] RoleNames);

/// <summary>A search body in the SDK's key order: limit, page (left out for a single page), text.</summary>
public sealed record BaselineSearchRequest(
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("page")] int? Page,
    [property: JsonPropertyName("text")] string Text);

internal sealed class BaselineBatchRequest
{
    [JsonPropertyName("users")] public UserFieldsRequest[] Users { get; set; } = [];
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BaselineUserResponse))]
[JsonSerializable(typeof(BaselineBatchResponse))]
[JsonSerializable(typeof(StatusRequest))]
[JsonSerializable(typeof(EmailRequest))]
[JsonSerializable(typeof(RolesRequest))]
[JsonSerializable(typeof(UserFieldsRequest))]
[JsonSerializable(typeof(BaselineBatchRequest))]
[JsonSerializable(typeof(BaselineSearchRequest))]
[JsonSerializable(typeof(BaselineUsersResponse))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext
{
}
