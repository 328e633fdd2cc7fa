namespace Descope.UserManagement.Testing;

/// <summary>
/// A user's recovery email and phone in the emulated Descope (<see cref="DescopeUserStore.Recovery"/>); Descope's user
/// object does not carry them.
/// </summary>
/// <param name="Email">The recovery email, or <see langword="null"/> for none.</param>
/// <param name="EmailVerified">Whether the recovery email is verified.</param>
/// <param name="Phone">The recovery phone, or <see langword="null"/> for none.</param>
/// <param name="PhoneVerified">Whether the recovery phone is verified.</param>
public sealed record RecoveryContacts(string? Email, bool EmailVerified, string? Phone, bool PhoneVerified);
