using System.Collections.Generic;

namespace Descope.UserManagement;

/// <summary>One page of a search.</summary>
public sealed record UserPage
{
    /// <summary>The users on this page, in the order Descope returned them.</summary>
    public IReadOnlyList<User> Users { get; init; } = [];

    /// <summary>How many users match the search in all, not only on this page.</summary>
    public int Total { get; init; }

    /// <summary>The 0-based page this is.</summary>
    public int Page { get; init; }

    /// <summary>The page size asked for (Descope's default, 100, when the search set none).</summary>
    public int Limit { get; init; }
}
