using Descope.UserManagement;

namespace QuickStart;

/// <summary>The import example in README.md, verbatim between the markers; the QuickStart runs and checks it.</summary>
internal static class ReadmeImportExample
{
    public static async Task<BatchCreateResult> ImportAsync(
        IDescopeUserClient users, string ada, string grace, string bcryptHash, string initialPassword, DateTimeOffset signedUpAt)
    {
        // Import: begin
        var result = await users.CreateBatchAsync(
        [
            new BatchUserCreate(ada) { Email = ada, VerifiedEmail = true, Status = UserStatus.Enabled,
                HashedPassword = new BcryptHashedPassword(bcryptHash), CreatedTime = signedUpAt },
            new BatchUserCreate(grace) { Email = grace, Password = initialPassword },
        ]);
        foreach (var failure in result.FailedUsers)
        {
            Console.WriteLine($"{failure.LoginId}: {failure.Failure}");   // e.g. a login ID already taken
        }
        // Import: end
        return result;
    }
}
