using Descope.UserManagement;

namespace QuickStart;

/// <summary>The paging example in README.md, verbatim between the markers; the QuickStart runs and checks it.</summary>
internal static class ReadmeSearchExample
{
    public static async Task<List<string>> DisabledUsersAsync(IDescopeUserClient users, string tenantId)
    {
        var emails = new List<string>();
        // Paging: begin
        var query = new UserSearch { TenantIds = [tenantId], Statuses = [UserStatus.Disabled], WithTestUsers = true };
        await foreach (var user in users.SearchAllAsync(query))
        {
            emails.Add(user.Email!);
        }
        // Paging: end
        return emails;
    }
}
