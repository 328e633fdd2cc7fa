using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
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
    public static DescopeApiException Read(
        HttpResponseMessage response, string operation, string? sentBearerToken, DateTimeOffset now, IReadOnlyList<string>? secrets = null)
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
                ErrorCode = Redact(error.ErrorCode, sentBearerToken, secrets),
                ErrorDescription = Redact(error.ErrorDescription, sentBearerToken, secrets),
                ErrorMessage = Redact(error.ErrorMessage, sentBearerToken, secrets),
            }
            : details with { ResponseBodySnippet = Snippet(body, sentBearerToken, secrets) };

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

    // A proxy's page may echo the request's headers, and an error text the request's password: neither may be shown.
    private static string? Redact(string? text, string? bearerToken, IReadOnlyList<string>? secrets) =>
        text is null ? null : Secrets.Redact(DescopeCredentials.Redact(text, bearerToken), secrets);

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

    private static string? Snippet(byte[] body, string? bearerToken, IReadOnlyList<string>? secrets)
    {
        if (body.Length == 0)
        {
            return null;
        }

        // Redact before cutting, so a key that straddles the cut cannot leave a readable part behind.
        var text = Redact(Encoding.UTF8.GetString(body), bearerToken, secrets)!;
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
