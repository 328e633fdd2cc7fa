using Descope.UserManagement.Testing.Emulation;

namespace Descope.UserManagement.Testing;

// OAuth tokens Descope keeps for users who signed in through a social provider.
public sealed partial class DescopeUserStore
{
    /// <summary>
    /// Gives a user a token from a provider, as if they had signed in through it, for a test's starting state; replaces
    /// the user's earlier token from that provider and marks the provider in <see cref="User.OAuth"/>. A missing
    /// <see cref="ProviderToken.AccessToken"/> is made up and a missing <see cref="ProviderToken.Expiration"/> is an hour on.
    /// </summary>
    /// <param name="loginIdOrUserId">The user.</param>
    /// <param name="token">The token; <see cref="ProviderToken.Provider"/> is required.</param>
    /// <returns>The token as stored.</returns>
    public ProviderToken SeedProviderToken(string loginIdOrUserId, ProviderToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (string.IsNullOrWhiteSpace(token.Provider))
        {
            throw new ArgumentException("A provider token needs its Provider.", nameof(token));
        }

        return Atomically(() =>
        {
            var user = SeededUser(loginIdOrUserId, nameof(loginIdOrUserId));
            var stored = token with
            {
                AccessToken = token.AccessToken ?? TestSecrets.Token(),
                Expiration = token.Expiration ?? Now().AddHours(1),
                Scopes = token.Scopes?.ToArray(),
            };
            AuthenticatorsOf(user).ProviderTokens[token.Provider] = stored;
            var providers = new Dictionary<string, bool>(user.OAuth ?? new Dictionary<string, bool>(), StringComparer.Ordinal) { [token.Provider] = true };
            Replace(user, user with { OAuth = providers });
            return stored;
        });
    }

    /// <summary>A user's token from a provider as stored now, or <see langword="null"/>.</summary>
    /// <param name="loginIdOrUserId">The user.</param>
    /// <param name="provider">The provider, in any case.</param>
    /// <returns>The token, or <see langword="null"/> when the user or the token does not exist.</returns>
    public ProviderToken? FindProviderToken(string loginIdOrUserId, string provider) =>
        Atomically(() => _index.TryGet(loginIdOrUserId, out var user) && _authenticators.TryGetValue(user.UserId!, out var a)
            && a.ProviderTokens.TryGetValue(provider, out var token) ? token : null);

    /// <summary>
    /// The token the API hands out: "user not found" for an unknown user, Descope's validation error when the user has
    /// no token from the provider; with <paramref name="forceRefresh"/> a new access token valid for an hour first.
    /// </summary>
    internal ProviderToken ProviderTokenFor(string operation, string loginIdOrUserId, string provider, bool forceRefresh) =>
        ChangeAuthenticators(operation, loginIdOrUserId, (user, authenticators) =>
        {
            if (!authenticators.ProviderTokens.TryGetValue(provider, out var token))
            {
                throw EmulatedErrors.Invalid(operation, $"The user has no token from provider '{provider}'.");
            }

            if (forceRefresh)
            {
                token = token with { AccessToken = TestSecrets.Token(), Expiration = Now().AddHours(1) };
                authenticators.ProviderTokens[provider] = token;
            }

            return token;
        });
}
