using Descope.UserManagement;

namespace QuickStart;

// The account lifecycle: credentials, recovery contacts, SSO apps, sign-out, invitations, batch create and the
// deletes. Every user made here is deleted again, by the steps themselves or by the clean-up.
internal sealed partial class QuickStartScript
{
    // A valid bcrypt hash to import (of a password nobody uses).
    private const string BcryptHash = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

    private readonly List<string> _cleanUp = [];

    private async Task RunLifecycleAsync(string loginId, string userId, string suffix)
    {
        if (settings.CustomAttribute is { } attribute)
        {
            await StepAsync("UpdateCustomAttribute", () => users.UpdateCustomAttributeAsync(loginId, attribute, "quickstart"),
                u => u.CustomAttributes!.TryGetValue(attribute, out var value) && value.GetString() == "quickstart", u => $"{attribute} = \"quickstart\", one key changed");
        }
        else
        {
            output.WriteLine("skip UpdateCustomAttribute: set DESCOPE_QUICKSTART_ATTRIBUTE to a text custom attribute of the project");
        }

        await StepAsync("UpdateRecoveryEmail", () => users.UpdateRecoveryEmailAsync(loginId, $"backup-{suffix}@example.com"),
            u => u.UserId == userId, _ => "recovery email set (the user object does not show it)");
        await StepAsync("UpdateRecoveryPhone", () => users.UpdateRecoveryPhoneAsync(loginId, "+12025550199"),
            u => u.UserId == userId, _ => "recovery phone set (the user object does not show it)");

        var app = settings.SsoAppId;
        await StepAsync("AddSsoApps", () => users.AddSsoAppsAsync(loginId, [app]), u => (u.SsoAppIds ?? []).Contains(app), u => $"SSO apps [{string.Join(", ", u.SsoAppIds ?? [])}]");
        await StepAsync("SetSsoApps", () => users.SetSsoAppsAsync(loginId, [app]), u => (u.SsoAppIds ?? []).SequenceEqual([app]), u => $"SSO apps replaced by [{string.Join(", ", u.SsoAppIds ?? [])}]");
        await StepAsync("RemoveSsoApps", () => users.RemoveSsoAppsAsync(loginId, [app]), u => !(u.SsoAppIds ?? []).Contains(app), _ => "SSO app removed (an empty list means every app)");

        // Never printed: a password is a secret.
        var password = $"Qs-{Guid.NewGuid():N}-Aa1!";
        await DoneAsync("SetTemporaryPassword", () => users.SetTemporaryPasswordAsync(loginId, password), "temporary password set: it must be replaced at the next sign-in");
        await DoneAsync("SetActivePassword", () => users.SetActivePasswordAsync(loginId, password), "active password set");
        await StepAsync("ExpirePassword", async () =>
        {
            await users.ExpirePasswordAsync(loginId);
            return await users.LoadAsync(loginId);
        }, u => u.Password == true, _ => "password expired: a reset is due at the next sign-in");
        await DoneAsync("Logout", () => users.LogoutAsync(loginId), "signed out of every session");
        await DoneAsync("LogoutByUserId", () => users.LogoutByUserIdAsync(userId, ["web"]), "signed out of web sessions, by user ID");

        await InviteAndImportAsync(suffix);
    }

    private async Task InviteAndImportAsync(string suffix)
    {
        // Invitations with both channels off, so the QuickStart mails nobody.
        var quiet = new InviteOptions { SendMail = false, SendSms = false };
        var invitee = $"lin-{suffix}@example.com";
        _cleanUp.Add(invitee);
        await StepAsync("Invite", () => users.InviteAsync(invitee, new UserCreate { Email = invitee, Name = "Lin Invited" }, quiet),
            u => u.Status == UserStatus.Invited, u => $"{invitee} invited, status {u.Status}");

        var ada = $"ada-import-{suffix}@example.com";
        var grace = $"grace-import-{suffix}@example.com";
        _cleanUp.AddRange([ada, grace]);
        var imported = await CheckBatchAsync("CreateBatch", () => ReadmeImportExample.ImportAsync(users, ada, grace, BcryptHash, $"Qs-{Guid.NewGuid():N}-Bb2!", DateTimeOffset.UtcNow.AddYears(-3)), 2);

        var batchInvitee = $"kim-{suffix}@example.com";
        _cleanUp.Add(batchInvitee);
        var invited = await CheckBatchAsync("InviteBatch", () => users.InviteBatchAsync([new BatchUserCreate(batchInvitee) { Email = batchInvitee }], quiet), 1);

        if (imported is { } importedUsers)
        {
            var ids = importedUsers.Select(u => u.UserId!).ToArray();
            await GoneAsync("DeleteBatch", () => users.DeleteBatchAsync(ids), ids, $"{ids.Length} imported users deleted by user ID");
        }

        if (invited is [{ UserId: { } invitedId }])
        {
            await GoneAsync("DeleteByUserId", () => users.DeleteByUserIdAsync(invitedId), [invitedId], $"{batchInvitee} deleted by user ID");
        }
    }

    // After the main user is gone: on the emulator only, since it deletes every test user of the project.
    private async Task DeleteAllTestUsersAsync(string suffix)
    {
        if (!settings.MayDeleteAllTestUsers)
        {
            output.WriteLine("skip DeleteAllTestUsers: it would delete every test user of the project");
            return;
        }

        try
        {
            var tester = await users.CreateTestUserAsync($"tester-{suffix}", new UserCreate());
            await users.DeleteAllTestUsersAsync();
            var kept = await users.LoadAsync(settings.OtherUser!);
            var gone = await users.LoadUsersAsync([tester.UserId!], includeInvalidUsers: true);
            Report("DeleteAllTestUsers", gone.Count == 0 && kept.Test != true,
                gone.Count == 0 ? $"test users deleted; {settings.OtherUser} (not a test user) kept" : $"{tester.LoginIds![0]} can still be loaded");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Report("DeleteAllTestUsers", false, $"{error.GetType().Name}: {error.Message}");
        }
    }

    private async Task DoneAsync(string operation, Func<Task> call, string detail)
    {
        try
        {
            await call();
            Report(operation, true, detail);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Report(operation, false, $"{error.GetType().Name}: {error.Message}");
        }
    }

    private async Task<IReadOnlyList<User>?> CheckBatchAsync(string operation, Func<Task<BatchCreateResult>> call, int expected)
    {
        try
        {
            var result = await call();
            var ok = result.AllSucceeded && result.CreatedUsers.Count == expected;
            Report(operation, ok, $"{result.CreatedUsers.Count} created ({string.Join(", ", result.CreatedUsers.Select(u => u.Status))}), {result.FailedUsers.Count} failed");
            return ok ? result.CreatedUsers : null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Report(operation, false, $"{error.GetType().Name}: {error.Message}");
            return null;
        }
    }

    private async Task GoneAsync(string operation, Func<Task> delete, IReadOnlyList<string> userIds, string detail)
    {
        try
        {
            await delete();
            var left = new List<string>();
            foreach (var id in userIds)
            {
                try
                {
                    await users.LoadByUserIdAsync(id);
                    left.Add(id);
                }
                catch (DescopeNotFoundException)
                {
                }
            }

            Report(operation, left.Count == 0, left.Count == 0 ? detail : $"{left.Count} user(s) can still be loaded");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Report(operation, false, $"{error.GetType().Name}: {error.Message}");
        }
    }
}
