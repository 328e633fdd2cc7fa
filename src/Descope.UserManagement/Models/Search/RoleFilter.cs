using System.Collections.Generic;

namespace Descope.UserManagement;

/// <summary>Roles a tenant member must have: all of <see cref="Values"/>, or any of them (<c>{"values", "and"}</c>).</summary>
/// <param name="Values">Role names or role IDs, as the filter that holds this one says.</param>
/// <param name="MatchAll"><see langword="true"/>: every value is required (<c>and</c>); <see langword="false"/>: any one is enough.</param>
public sealed record RoleFilter(IReadOnlyList<string> Values, bool MatchAll = false);
