using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>What the emulator sends back for one request: a status code and a body (JSON unless said otherwise).</summary>
internal sealed record EmulatorAnswer(int StatusCode, byte[] Body, string ContentType = "application/json")
{
    /// <summary>The request's keys the operation did not read (<see cref="WireScope.UnusedKeys"/>), for the journal.</summary>
    public IReadOnlyList<string> UnusedKeys { get; init; } = [];

    /// <summary>An empty JSON object, as Descope answers operations that return nothing.</summary>
    public static EmulatorAnswer Empty() => new(200, "{}"u8.ToArray());

    /// <summary>The <c>{"user": …}</c> answer of the single-user operations.</summary>
    public static EmulatorAnswer ForUser(User user) => Json(200, new UserResponse { User = user }, DescopeJsonContext.Default.UserResponse);

    /// <summary>Descope's error body for <paramref name="error"/>, with its status.</summary>
    public static EmulatorAnswer ForError(DescopeApiException error) =>
        Error((int)error.StatusCode, error.ErrorCode, error.ErrorDescription, error.ErrorMessage);

    /// <summary>Descope's error body.</summary>
    public static EmulatorAnswer Error(int statusCode, string? code, string? description, string? message) =>
        Json(statusCode, new ErrorResponse { ErrorCode = code, ErrorDescription = description, ErrorMessage = message }, DescopeJsonContext.Default.ErrorResponse);

    /// <summary>A JSON answer written with the SDK's own generated types.</summary>
    public static EmulatorAnswer Json<T>(int statusCode, T value, JsonTypeInfo<T> type) =>
        new(statusCode, JsonSerializer.SerializeToUtf8Bytes(value, type));
}
