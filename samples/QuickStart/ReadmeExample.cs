using Descope.UserManagement;

namespace QuickStart;

/// <summary>The example in README.md, verbatim between the markers; the QuickStart runs and checks it.</summary>
internal static class ReadmeExample
{
    public static async Task<User> OnboardAsync(IDescopeUserClient users, string loginId, string role)
    {
        // README: begin
        // Patch changes only the fields you set; everything else on the user stays as it is.
        await users.PatchAsync(loginId, new UserPatch { GivenName = "Ada", FamilyName = "Lovelace" });
        await users.AddRolesAsync(loginId, [role]);
        var user = await users.ActivateAsync(loginId);
        Console.WriteLine($"{user.Name} is {user.Status} with roles {string.Join(", ", user.RoleNames!)}");
        // README: end
        return user;
    }
}
