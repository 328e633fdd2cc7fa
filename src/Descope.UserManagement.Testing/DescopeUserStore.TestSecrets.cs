using Descope.UserManagement.Testing.Emulation;

namespace Descope.UserManagement.Testing;

// Codes, links and tokens issued to test users, kept so a test can read back what the emulator handed out.
public sealed partial class DescopeUserStore
{
    private readonly List<IssuedTestSecret> _issued = [];
    private string _testLinkRedirectUrl = "https://localhost/descope/verify";

    /// <summary>
    /// Where test magic and enchanted links lead when the request names no <c>URI</c>: the project setting Descope
    /// would use. The token is added as query parameter <c>t</c>.
    /// </summary>
    public string TestLinkRedirectUrl
    {
        get => Atomically(() => _testLinkRedirectUrl);
        set
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            Atomically(() => _testLinkRedirectUrl = value);
        }
    }

    /// <summary>Every code, link and token issued, oldest first.</summary>
    public IReadOnlyList<IssuedTestSecret> IssuedSecrets => Atomically(() => _issued.ToArray());

    /// <summary>The last <paramref name="kind"/> issued for a user, or <see langword="null"/>.</summary>
    /// <param name="loginIdOrUserId">Any login ID (any case) or the user ID of the user, or the login ID a sign-up token was made for.</param>
    /// <param name="kind">Which kind of secret.</param>
    /// <returns>The secret, or <see langword="null"/> when none of that kind was issued for the user.</returns>
    public IssuedTestSecret? LastIssued(string loginIdOrUserId, TestSecretKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(loginIdOrUserId);
        return Atomically(() =>
        {
            var userId = _index.TryGet(loginIdOrUserId, out var user) ? user.UserId : null;
            for (var i = _issued.Count - 1; i >= 0; i--)
            {
                var secret = _issued[i];
                if (secret.Kind == kind && (
                    (userId is not null && secret.UserId == userId)
                    || secret.UserId == loginIdOrUserId
                    || string.Equals(secret.LoginId, loginIdOrUserId, StringComparison.OrdinalIgnoreCase)))
                {
                    return secret;
                }
            }

            return null;
        });
    }

    /// <summary>The last one-time code issued to a test user, or <see langword="null"/>.</summary>
    /// <param name="loginIdOrUserId">Any login ID (any case) or the user ID of the user.</param>
    /// <returns>The code.</returns>
    public string? LastOtpCode(string loginIdOrUserId) => LastIssued(loginIdOrUserId, TestSecretKind.Otp)?.Token;

    /// <summary>Records <paramref name="secret"/>, stamped with the store's clock, and returns it.</summary>
    internal IssuedTestSecret Issue(IssuedTestSecret secret) =>
        Atomically(() =>
        {
            var stamped = secret with { IssuedAt = TimeProvider.GetUtcNow() };
            _issued.Add(stamped);
            return stamped;
        });
}
