namespace Descope.UserManagement.Testing.Emulation;

/// <summary>What a batch patch did: the users patched, and the failures with the user each concerns.</summary>
internal sealed record BatchOutcome(IReadOnlyList<User> Patched, IReadOnlyList<(string Failure, User User)> Failed);
