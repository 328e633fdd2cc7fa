namespace Descope.UserManagement;

/// <summary>One sort key of a search (<c>{"field", "desc"}</c>).</summary>
/// <param name="Field">The field to sort by; see <see cref="UserSortFields"/>.</param>
/// <param name="Descending">Largest first.</param>
public sealed record UserSort(string Field, bool Descending = false);
