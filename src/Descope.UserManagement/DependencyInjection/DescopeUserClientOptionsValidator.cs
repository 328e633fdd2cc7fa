using Descope.UserManagement.Http;
using Microsoft.Extensions.Options;

namespace Descope.UserManagement;

/// <summary>Checks <see cref="DescopeUserClientOptions"/> at start-up, naming each missing or bad setting.</summary>
internal sealed class DescopeUserClientOptionsValidator : IValidateOptions<DescopeUserClientOptions>
{
    public ValidateOptionsResult Validate(string? name, DescopeUserClientOptions options)
    {
        var problems = DescopeOptionsValidation.Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
