using System.Net.Http;

namespace Descope.UserManagement.Http;

/// <summary>
/// What the client tells the handlers below it about a request: which operation it is (and so whether it may be
/// repeated) and the API base URL it belongs to. Requests without one are passed through untouched.
/// </summary>
internal sealed class DescopeRequestContext
{
    private const string Key = "Descope.UserManagement.RequestContext";
#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<DescopeRequestContext> OptionsKey = new(Key);
#endif

    public DescopeRequestContext(DescopeOperation operation, string baseUrl)
    {
        Operation = operation;
        BaseUrl = baseUrl;
    }

    public DescopeOperation Operation { get; }

    /// <summary>The API base URL without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Attempts made so far (set by the resilience handler; 1 when there is none).</summary>
    public int Attempts { get; set; } = 1;

    /// <summary>The status code of the last answer, if one came.</summary>
    public int? StatusCode { get; set; }

    public void AttachTo(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        request.Options.Set(OptionsKey, this);
#else
        request.Properties[Key] = this;
#endif
    }

    public static DescopeRequestContext? Of(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        return request.Options.TryGetValue(OptionsKey, out var context) ? context : null;
#else
        return request.Properties.TryGetValue(Key, out var context) ? context as DescopeRequestContext : null;
#endif
    }
}
