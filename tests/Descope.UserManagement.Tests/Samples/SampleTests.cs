using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Samples;

public sealed class SampleTests
{
    [Fact]
    public async Task QuickStart_without_credentials_runs_every_operation_on_the_emulator_and_exits_0()
    {
        var start = ChildProcess.StartInfo(ChildProcess.Dotnet, [RepositoryPaths.SampleAssembly("QuickStart")], new Dictionary<string, string?>
        {
            ["DESCOPE_PROJECT_ID"] = null, ["DESCOPE_MANAGEMENT_KEY"] = null, ["DESCOPE_BASE_URL"] = null, ["DESCOPE_BASE_URI"] = null,
        });

        var text = await ChildProcess.RunAsync(start, TimeSpan.FromMinutes(2));

        text.Should().Contain("running against the emulator").And.Contain("All steps succeeded.").And.NotContain("FAIL").And.NotContain("skip ");
        foreach (var operation in new[]
        {
            "CreateTestUser", "Load", "Search", "SearchTestUsers", "SearchAll", "LoadUsers", "README paging", "UpdatePicture", "UpdateStatus", "UpdateEmail", "UpdatePhone", "UpdateDisplayName", "Patch", "AddRoles",
            "SetRoles", "RemoveRoles", "AddTenant", "RemoveTenant", "UpdateLoginId", "PatchBatch", "UpdateCustomAttribute", "UpdateRecoveryEmail",
            "UpdateRecoveryPhone", "AddSsoApps", "SetSsoApps", "RemoveSsoApps", "SetTemporaryPassword", "SetActivePassword", "ExpirePassword",
            "Logout", "LogoutByUserId", "Invite", "CreateBatch", "InviteBatch", "DeleteBatch", "DeleteByUserId", "Update", "Delete", "DeleteAllTestUsers",
            "GenerateOtpForTestUser", "GenerateMagicLinkForTestUser", "GenerateEnchantedLinkForTestUser", "GenerateEmbeddedLink", "GenerateSignUpEmbeddedLink",
            "README test users", "ListPasskeys", "RemovePasskey", "RemoveAllPasskeys", "RemoveTotpSeed", "RemoveRecoveryCodes", "ListTrustedDevices",
            "RemoveTrustedDevices", "GetProviderToken", "GetHistory", "GetCustomAttributes", "CreateCustomAttributes", "DeleteCustomAttributes",
        })
        {
            text.Should().MatchRegex($@"(?m)^ok\s+{operation}\s", "every operation gets its own checked line");
        }
    }

    [Theory]
    [InlineData("samples/QuickStart/ReadmeExample.cs", "README")]
    [InlineData("samples/QuickStart/ReadmeSearchExample.cs", "Paging")]
    [InlineData("samples/QuickStart/ReadmeImportExample.cs", "Import")]
    [InlineData("samples/QuickStart/ReadmeTestUserExample.cs", "Test users")]
    [InlineData("tests/Descope.UserManagement.Tests/Emulator/ReadmeTestingExamples.cs", "Emulator")]
    [InlineData("tests/Descope.UserManagement.Tests/Emulator/ReadmeTestingExamples.cs", "Fake")]
    [InlineData("tests/Descope.UserManagement.Tests/Emulator/ReadmeTestingExamples.cs", "Mock")]
    [InlineData("tests/Descope.UserManagement.Tests/Emulator/ReadmeStoreExamples.cs", "Store")]
    [InlineData("tests/Descope.UserManagement.Tests/Resilience/ReadmeResilienceExamples.cs", "Pacing")]
    [InlineData("samples/BulkImport/ImportCommand.cs", "Bulk")]
    [InlineData("samples/WebApi/Program.cs", "Web")]
    [InlineData("samples/WebApi/AdminEndpoints.cs", "Endpoint")]
    [InlineData("samples/WebApi/Program.cs", "Auth")]
    [InlineData("samples/WebApi/AdminEndpoints.cs", "Admin")]
    public void README_examples_are_code_that_compiles_and_runs(string file, string marker)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var source = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, file));

        var begin = Array.FindIndex(source, l => l.Trim() == $"// {marker}: begin");
        var end = Array.FindIndex(source, l => l.Trim() == $"// {marker}: end");
        begin.Should().BeGreaterThanOrEqualTo(0);
        var code = source[(begin + 1)..end].Select(l => l.Trim()).ToArray();

        var readmeLines = readme.Split('\n').Select(l => l.TrimEnd('\r').Trim()).ToArray();
        var shown = Enumerable.Range(0, readmeLines.Length - code.Length + 1)
            .Any(at => readmeLines.AsSpan(at, code.Length).SequenceEqual(code));
        shown.Should().BeTrue("README.md shows the example from {0} line for line:\n{1}", file, string.Join("\n", code));
    }
}
