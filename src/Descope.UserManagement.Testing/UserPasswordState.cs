namespace Descope.UserManagement.Testing;

/// <summary>The state of a user's password in the emulated Descope (<see cref="DescopeUserStore.PasswordState"/>).</summary>
public enum UserPasswordState
{
    /// <summary>Set as temporary: the user must replace it at the next sign-in.</summary>
    Temporary,

    /// <summary>Set as active (or imported with a batch create): the user can sign in with it.</summary>
    Active,

    /// <summary>Expired: the user must reset or replace it at the next sign-in.</summary>
    Expired,
}
