using Descope.UserManagement;

namespace QuickStart;

/// <summary>
/// Runs every operation on a fresh test user, prints one line per step saying what changed, and checks that each
/// step did what it should. Works the same against Descope and against the emulator.
/// </summary>
internal sealed partial class QuickStartScript(IDescopeUserClient users, QuickStartSettings settings, TextWriter output)
{
    private int _failures;

    public async Task<bool> RunAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var loginId = $"ada-{suffix}@example.com";
        var renamed = $"ada.lovelace-{suffix}@example.com";
        var other = settings.OtherUser;
        var createdOther = false;
        try
        {
            var created = await StepAsync("CreateTestUser", () => users.CreateTestUserAsync(loginId, new UserCreate
            {
                Email = loginId, VerifiedEmail = true, Name = "Ada Lovelace", GivenName = "Ada", FamilyName = "Lovelace",
            }), u => u.Test == true && u.LoginIds!.Contains(loginId), u => $"{u.LoginIds![0]} created as a test user, status {u.Status}");
            if (created is null)
            {
                return false;
            }

            if (other is null)
            {
                other = $"grace-{suffix}@example.com";
                createdOther = await StepAsync("CreateTestUser", () => users.CreateTestUserAsync(other, new UserCreate { Email = other, Name = "Grace Hopper" }),
                    u => u.LoginIds!.Contains(other), u => $"{other} created to share a batch with") is not null;
            }

            await StepAsync("Load", () => users.LoadAsync(loginId), u => u.UserId == created.UserId, u => $"found {u.Name} as {u.UserId}");
            await FindAsync(loginId, created.UserId!);
            await TestUserStepsAsync(loginId, suffix);
            await AuthenticatorStepsAsync(loginId, created.UserId!);
            await AttributeDefinitionStepsAsync(suffix);

            await StepAsync("README example", () => ReadmeExample.OnboardAsync(users, loginId, settings.Role),
                u => u.GivenName == "Ada" && u.RoleNames!.Contains(settings.Role) && u.Status == UserStatus.Enabled,
                u => $"patched, given role {settings.Role}, status {u.Status}");
            await StepAsync("UpdateStatus", () => users.DeactivateAsync(loginId), u => u.Status == UserStatus.Disabled, u => $"status {u.Status}");
            await StepAsync("UpdateStatus", () => users.ActivateAsync(loginId), u => u.Status == UserStatus.Enabled, u => $"status {u.Status}");
            await StepAsync("UpdateEmail", () => users.UpdateEmailAsync(loginId, $"countess-{suffix}@example.com", verified: true),
                u => u.Email == $"countess-{suffix}@example.com" && u.VerifiedEmail == true, u => $"email {u.Email} (verified)");
            await StepAsync("UpdatePhone", () => users.UpdatePhoneAsync(loginId, "+12025550123", verified: true),
                u => u.Phone == "+12025550123" && u.VerifiedPhone == true, u => $"phone {u.Phone} (verified)");
            await StepAsync("UpdateDisplayName", () => users.UpdateDisplayNameAsync(loginId, new DisplayName { Name = "Augusta Ada King", GivenName = "Augusta" }),
                u => u.Name == "Augusta Ada King" && u.GivenName == "Augusta" && u.FamilyName == "Lovelace", u => $"name \"{u.Name}\", family name kept: {u.FamilyName}");
            await StepAsync("UpdatePicture", () => users.UpdatePictureAsync(loginId, "https://example.com/ada-portrait.png"),
                u => u.Picture == "https://example.com/ada-portrait.png", u => $"picture {u.Picture}");
            await StepAsync("Patch", () => users.PatchAsync(loginId, new UserPatch { MiddleName = "Byron", Picture = "https://example.com/ada.png" }),
                u => u.MiddleName == "Byron" && u.Picture == "https://example.com/ada.png" && u.Phone == "+12025550123", u => $"middle name {u.MiddleName}, picture set, phone kept: {u.Phone}");
            // The README example gave the user the first role: take it away, give it back, then replace the roles.
            await StepAsync("RemoveRoles", () => users.RemoveRolesAsync(loginId, [settings.Role]),
                u => !Roles(u).Contains(settings.Role), u => $"project roles [{string.Join(", ", Roles(u))}]");
            await StepAsync("AddRoles", () => users.AddRolesAsync(loginId, [settings.Role]),
                u => Roles(u).Contains(settings.Role), u => $"project roles [{string.Join(", ", Roles(u))}]");
            var replacement = settings.Roles[^1];
            await StepAsync("SetRoles", () => users.SetRolesAsync(loginId, [replacement]),
                u => Roles(u).SequenceEqual([replacement]), u => $"project roles replaced by [{string.Join(", ", Roles(u))}]");

            if (settings.TenantId is { } tenantId)
            {
                await StepAsync("AddTenant", () => users.AddTenantAsync(loginId, tenantId),
                    u => (u.UserTenants ?? []).Any(t => t.TenantId == tenantId), u => $"member of {Tenants(u)}");
                await StepAsync("AddRoles", () => users.AddRolesAsync(loginId, [settings.Role], tenantId),
                    u => (u.UserTenants ?? []).Single(t => t.TenantId == tenantId).RoleNames!.Contains(settings.Role), u => $"tenant roles {Tenants(u)}");
                await StepAsync("RemoveTenant", () => users.RemoveTenantAsync(loginId, tenantId),
                    u => (u.UserTenants ?? []).All(t => t.TenantId != tenantId), u => $"member of {Tenants(u)}");
            }
            else
            {
                output.WriteLine("skip AddTenant, tenant AddRoles, RemoveTenant: set DESCOPE_QUICKSTART_TENANT to a tenant of the project");
            }

            var moved = await StepAsync("UpdateLoginId", () => users.UpdateLoginIdAsync(loginId, renamed),
                u => u.LoginIds!.Contains(renamed) && !u.LoginIds!.Contains(loginId), u => $"login ID {loginId} -> {renamed}");
            var current = moved is null ? loginId : renamed;

            try
            {
                var batch = await users.PatchBatchAsync([new BatchUserPatch(current) { GivenName = "Ada" }, new BatchUserPatch(other!) { GivenName = "Grace" }]);
                var givenNames = batch.PatchedUsers.Select(u => u.GivenName).Order(StringComparer.Ordinal).ToArray();
                Report("PatchBatch", batch.AllSucceeded && givenNames.SequenceEqual(["Ada", "Grace"]),
                    $"{batch.PatchedUsers.Count} patched (given names {string.Join(", ", givenNames)}), {batch.FailedUsers.Count} failed");
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                Report("PatchBatch", false, error.Message);
            }

            await RunLifecycleAsync(current, created.UserId!, suffix);

            await StepAsync("Update", () => users.UpdateAsync(current, new UserUpdate { Email = $"countess-{suffix}@example.com", Name = "Ada Lovelace" }),
                u => u.Name == "Ada Lovelace" && string.IsNullOrEmpty(u.Phone) && string.IsNullOrEmpty(u.MiddleName),
                u => $"overwritten: name \"{u.Name}\", phone and middle name removed");

            await DeleteAsync(current);
            await DeleteAllTestUsersAsync(suffix);
            return _failures == 0;
        }
        finally
        {
            // Leave nothing behind, whichever step failed.
            await CleanUpAsync(loginId);
            await CleanUpAsync(renamed);
            if (createdOther)
            {
                await CleanUpAsync(other!);
            }

            foreach (var made in _cleanUp)
            {
                await CleanUpAsync(made);
            }
        }
    }

    // Descope's search index follows writes with a short delay: each search is tried a few times before it counts as failed.
    private async Task FindAsync(string loginId, string userId)
    {
        var byLoginId = new UserSearch { LoginIds = [loginId], WithTestUsers = true };
        await CheckAsync("Search", async () =>
        {
            var page = await users.SearchAsync(byLoginId);
            return (page.Users.Any(u => u.UserId == userId) && page.Total == 1, $"found by login ID, total {page.Total}");
        });
        await CheckAsync("SearchTestUsers", async () =>
        {
            var page = await users.SearchTestUsersAsync(new UserSearch { LoginIds = [loginId] });
            return (page.Users.Any(u => u.UserId == userId), $"found among {page.Total} matching test user(s)");
        });
        await CheckAsync("SearchAll", async () =>
        {
            var found = new List<User>();
            await foreach (var user in users.SearchAllAsync(byLoginId with { Limit = 1 }))
            {
                found.Add(user);
            }

            return (found.Count == 1 && found[0].UserId == userId, $"{found.Count} user(s) paged through");
        });
        await CheckAsync("LoadUsers", async () =>
        {
            var loaded = await users.LoadUsersAsync([userId], includeInvalidUsers: true);
            return (loaded.Count == 1 && loaded[0].UserId == userId, $"loaded {loaded.Count} user by user ID");
        });
        await CheckAsync("README paging", async () =>
        {
            var emails = await ReadmeSearchExample.DisabledUsersAsync(users, $"no-such-tenant-{Guid.NewGuid():N}");
            return (emails.Count == 0, $"{emails.Count} disabled users in a tenant nobody belongs to");
        });
    }

    private async Task CheckAsync(string operation, Func<Task<(bool Ok, string Detail)>> check)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (ok, detail) = await check();
                if (ok || attempt == 5)
                {
                    Report(operation, ok, detail);
                    return;
                }
            }
            catch (Exception error) when (error is not OperationCanceledException && attempt == 5)
            {
                Report(operation, false, $"{error.GetType().Name}: {error.Message}");
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Tried again below.
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private async Task DeleteAsync(string loginId)
    {
        try
        {
            await users.DeleteAsync(loginId);
            await users.LoadAsync(loginId);
            Report("Delete", false, $"{loginId} can still be loaded");
        }
        catch (DescopeNotFoundException)
        {
            Report("Delete", true, $"{loginId} deleted; loading it now answers not found");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Report("Delete", false, error.Message);
        }
    }

    private async Task CleanUpAsync(string loginId)
    {
        try
        {
            await users.DeleteAsync(loginId);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Already gone, or never created; the script's own steps reported what mattered.
        }
    }

    private async Task<User?> StepAsync(string operation, Func<Task<User>> call, Func<User, bool> expected, Func<User, string> changed)
    {
        try
        {
            var user = await call();
            var ok = expected(user);
            Report(operation, ok, ok ? changed(user) : $"unexpected result: {changed(user)}");
            return ok ? user : null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A server error, a network failure, or a result missing a field the check needed.
            Report(operation, false, $"{error.GetType().Name}: {error.Message}");
            return null;
        }
    }

    private void Report(string operation, bool ok, string detail)
    {
        if (!ok)
        {
            _failures++;
        }

        output.WriteLine($"{(ok ? "ok  " : "FAIL")} {operation,-18} {detail}");
    }

    private static IReadOnlyList<string> Roles(User user) => user.RoleNames ?? [];

    private static string Tenants(User user) =>
        "[" + string.Join(", ", (user.UserTenants ?? []).Select(t => $"{t.TenantId}: {string.Join("/", t.RoleNames ?? [])}")) + "]";
}
