using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Http;

/// <summary>Turns a failed Descope answer into the right <see cref="DescopeApiException"/>.</summary>
internal static class DescopeErrorReader
{
    // An error body larger than this is not a Descope error; reading more would only cost memory.
    private const int MaxErrorBodyBytes = ResponseBuffer.MaxErrorBytes;
    private const int MaxSnippetChars = 256;

    private static readonly string[] NotFoundCodes = ["E112102", "E062108"];

    /// <summary>The exception for a non-2xx answer whose body (if any) <see cref="ResponseBuffer"/> has read.</summary>
    public static DescopeApiException Read(HttpResponseMessage response, string operation, string? sentBearerToken, DateTimeOffset now)
    {
        var body = response.Content is BufferedContent buffered
            ? buffered.Body.Slice(0, Math.Min(buffered.Length, MaxErrorBodyBytes)).ToArray()
            : [];
        var details = new DescopeErrorDetails(operation, response.StatusCode);
        var error = TryParse(body);

        // A proxy's error page may echo the request's headers: nothing shown may carry the key.
        details = error?.ErrorCode is not null
            ? details with
            {
                ErrorCode = Redact(error.ErrorCode, sentBearerToken),
                ErrorDescription = Redact(error.ErrorDescription, sentBearerToken),
                ErrorMessage = Redact(error.ErrorMessage, sentBearerToken),
            }
            : details with { ResponseBodySnippet = Snippet(body, sentBearerToken) };

        if (response.StatusCode == (HttpStatusCode)429 || details.ErrorCode == "E130429")
        {
            return new DescopeRateLimitException(details, RetryAfterHeader.Read(response, now));
        }

        // A 404 without a Descope error body is a wrong URL (a proxy, a bad base-URL prefix), not a missing user.
        if (Array.IndexOf(NotFoundCodes, details.ErrorCode) >= 0 || (response.StatusCode == HttpStatusCode.NotFound && details.ErrorCode is not null))
        {
            return new DescopeNotFoundException(details);
        }

        return new DescopeApiException(details);
    }

    /// <summary>An exception for a 2xx answer whose body could not be used.</summary>
    public static DescopeApiException UnreadableSuccess(
        HttpResponseMessage response, string operation, string problem, Exception? cause = null) =>
        new(new DescopeErrorDetails(operation, response.StatusCode) { ErrorDescription = problem }, cause);

    private static string? Redact(string? text, string? bearerToken) => text is null ? null : DescopeCredentials.Redact(text, bearerToken);

    private static ErrorResponse? TryParse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, DescopeJsonContext.Default.ErrorResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Snippet(byte[] body, string? bearerToken)
    {
        if (body.Length == 0)
        {
            return null;
        }

        // Redact before cutting, so a key that straddles the cut cannot leave a readable part behind.
        var text = DescopeCredentials.Redact(Encoding.UTF8.GetString(body), bearerToken);
        var snippet = new StringBuilder(Math.Min(text.Length, MaxSnippetChars));
        foreach (var character in text)
        {
            if (snippet.Length == MaxSnippetChars)
            {
                break;
            }

            // Fold line breaks and control characters so the snippet stays one readable line.
            snippet.Append(char.IsControl(character) ? ' ' : character);
        }

        var result = snippet.ToString().Trim();
        return result.Length == 0 ? null : result;
    }
}
