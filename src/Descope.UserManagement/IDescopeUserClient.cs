namespace Descope.UserManagement;

/// <summary>
/// Descope's user-management operations. Every method checks its arguments before any network call
/// (throwing <see cref="System.ArgumentException"/> naming the parameter) and reports a failed call as
/// <see cref="DescopeApiException"/> (or its subclasses <see cref="DescopeRateLimitException"/>,
/// <see cref="DescopeNotFoundException"/>, and <see cref="DescopeOutcomeUnknownException"/> for an operation that must
/// not be sent twice and may have been carried out).
/// </summary>
/// <remarks>
/// Wherever a method takes a <c>loginId</c>, a Descope user ID is accepted too.
/// Mock this interface in your tests, or use the in-memory fakes shipped for that purpose. It is one flat interface,
/// like Descope's own SDKs under <c>management.user</c>, written in partial files by area.
/// </remarks>
public partial interface IDescopeUserClient
{
}
