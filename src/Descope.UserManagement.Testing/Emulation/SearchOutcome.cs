namespace Descope.UserManagement.Testing.Emulation;

/// <summary>One page of search results and how many users matched in all.</summary>
internal sealed record SearchOutcome(IReadOnlyList<User> Users, int Total);
