using System.Net;

namespace Descope.UserManagement.Testing.Emulation;

/// <summary>
/// The errors the emulated Descope gives, as the exceptions the real client would raise for them. The emulator
/// writes them back as Descope error bodies; the fake client throws them as they are.
/// </summary>
internal static class EmulatedErrors
{
    public const string BadRequestCode = "E011001";
    public const string MissingArgumentsCode = "E011002";
    public const string ValidationFailedCode = "E011003";
    public const string InvalidArgumentsCode = "E011004";
    public const string UserAlreadyExistsCode = "E062107";
    public const string UserNotFoundCode = "E062108";
    public const string RateLimitCode = "E130429";

    public static DescopeNotFoundException UserNotFound(string operation, string loginId) =>
        new(Details(operation, HttpStatusCode.BadRequest, UserNotFoundCode, "User not found", $"No user has login ID or user ID '{loginId}'."));

    public static DescopeApiException AlreadyExists(string operation, string loginId) =>
        new(Details(operation, HttpStatusCode.BadRequest, UserAlreadyExistsCode, "User already exists", $"'{loginId}' is already a login ID of another user."));

    public static DescopeApiException Invalid(string operation, string message) =>
        new(Details(operation, HttpStatusCode.BadRequest, ValidationFailedCode, "Request is invalid", message));

    public static DescopeApiException MissingArgument(string operation, string key) =>
        new(Details(operation, HttpStatusCode.BadRequest, MissingArgumentsCode, "Missing arguments", $"The request has no '{key}'."));

    public static DescopeApiException MalformedBody(string operation, string message) =>
        new(Details(operation, HttpStatusCode.BadRequest, BadRequestCode, "Bad request", message));

    public static DescopeApiException Unauthorized(string operation) =>
        new(Details(operation, HttpStatusCode.Unauthorized, InvalidArgumentsCode, "Unauthorized", "The management key is missing or not valid for this project."));

    private static DescopeErrorDetails Details(string operation, HttpStatusCode status, string code, string description, string message) =>
        new(operation, status) { ErrorCode = code, ErrorDescription = description, ErrorMessage = message };
}
