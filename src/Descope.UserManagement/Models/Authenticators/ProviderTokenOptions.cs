namespace Descope.UserManagement;

/// <summary>What to ask for with a provider token (the query flags of docs/wire-contract.md §3.50; both always sent).</summary>
public sealed record ProviderTokenOptions
{
    /// <summary>Whether the answer includes the refresh token (<c>withRefreshToken</c>).</summary>
    public bool WithRefreshToken { get; init; }

    /// <summary>Whether Descope refreshes the token at the provider first (<c>forceRefresh</c>).</summary>
    public bool ForceRefresh { get; init; }
}
