using System;

namespace Descope.UserManagement;

/// <summary>The user (or another resource the call named) does not exist: HTTP 404, or Descope's user-not-found codes.</summary>
public class DescopeNotFoundException : DescopeApiException
{
    /// <summary>Creates a not-found exception.</summary>
    /// <param name="details">What the server answered.</param>
    /// <param name="innerException">The error that caused this one, if any.</param>
    public DescopeNotFoundException(DescopeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
