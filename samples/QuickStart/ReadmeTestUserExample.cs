using Descope.UserManagement;

namespace QuickStart;

/// <summary>The test-user example in README.md, verbatim between the markers; the QuickStart runs and checks it.</summary>
internal static class ReadmeTestUserExample
{
    public static async Task<bool> SignInOnceAsync(IDescopeUserClient users, string loginId, Func<string, string, Task<bool>> signInAsync)
    {
        // Test users: begin
        await users.CreateTestUserAsync(loginId, new UserCreate { Email = loginId, VerifiedEmail = true });
        try
        {
            var otp = await users.GenerateOtpForTestUserAsync(DeliveryMethod.Email, loginId);
            return await signInAsync(loginId, otp.Code);   // your app (or Descope's OTP verify endpoint) takes the code
        }
        finally
        {
            await users.DeleteAsync(loginId);              // test users count against a per-project cap
        }
        // Test users: end
    }
}
