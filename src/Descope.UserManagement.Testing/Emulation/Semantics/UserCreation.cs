namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Creating one user, shared by create, create test user, invite, batch create and batch invite: the login IDs must be
/// free; the user starts as <see cref="UserStatus.Invited"/> unless the request names a status; a password is kept as a
/// hash, an imported hash as its state only, a TOTP seed as <c>TOTP: true</c>. With an invitation, a user ID as the
/// login ID invites that existing user again instead. Checks come before any change, so a failure stores nothing.
/// </summary>
internal static class UserCreation
{
    public static User Create(
        DescopeUserStore store, string operation, string loginId, UserDetails details, NewUserExtras extras, InvitationRules.Invitation? invitation) =>
        store.Atomically(() =>
        {
            var now = store.TimeProvider.GetUtcNow();
            if (invitation is not null && store.Find(loginId) is { } existing && existing.UserId == loginId)
            {
                Record(store, InvitationRules.Plan(operation, invitation, loginId, existing, now));
                return existing;
            }

            var loginIds = new List<string> { loginId };
            loginIds.AddRange(details.AdditionalIdentifiers ?? []);
            foreach (var id in loginIds)
            {
                if (store.OwnerOf(id) is not null)
                {
                    throw EmulatedErrors.AlreadyExists(operation, id);
                }
            }

            var user = UserDetailsRules.ApplyAll(store, new User
            {
                LoginIds = loginIds.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                UserId = DescopeUserStore.NewUserId(),
                Status = extras.Status ?? UserStatus.Invited,
                Test = extras.Test,
                CreatedTime = extras.CreatedTime is { } created ? DateTimeOffset.FromUnixTimeSeconds(created.ToUnixTimeSeconds()) : store.Now(),
                Password = extras.Password is not null || extras.HashAlgorithm is not null ? true : null,
                Totp = extras.Seed is not null ? true : null,
            }, details);
            var sent = invitation is null ? null : InvitationRules.Plan(operation, invitation, loginId, user, now);
            var stored = store.Add(user);
            if (extras.Password is { } password)
            {
                store.Accounts.SetPassword(stored.UserId!, password, UserPasswordState.Active);
            }
            else if (extras.HashAlgorithm is { } algorithm)
            {
                store.Accounts.ImportPassword(stored.UserId!, algorithm);
            }

            Record(store, sent);
            return stored;
        });

    private static void Record(DescopeUserStore store, RecordedInvitation? sent)
    {
        if (sent is not null)
        {
            store.Accounts.Invited(sent);
        }
    }
}

/// <summary>What a create may carry besides the user's fields (a batch-create item carries all of them).</summary>
internal sealed record NewUserExtras(
    bool Test, UserStatus? Status = null, DateTimeOffset? CreatedTime = null, string? Password = null, string? HashAlgorithm = null, string? Seed = null);
