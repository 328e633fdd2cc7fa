using System.Collections.Generic;

namespace Descope.UserManagement.Http;

/// <summary>The checks <see cref="DescopeUserClientOptions"/> must pass, with messages that name the setting.</summary>
internal static class DescopeOptionsValidation
{
    public static List<string> Problems(DescopeUserClientOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ProjectId))
        {
            problems.Add("ProjectId is required: set DescopeUserClientOptions.ProjectId (or DESCOPE_PROJECT_ID).");
        }

        if (string.IsNullOrWhiteSpace(options.ManagementKey))
        {
            problems.Add("ManagementKey is required: set DescopeUserClientOptions.ManagementKey (or DESCOPE_MANAGEMENT_KEY).");
        }

        if (options.BaseUrl is not null && DescopeEndpoint.Problem(options.BaseUrl) is { } baseUrlProblem)
        {
            problems.Add(baseUrlProblem);
        }

        if (options.BatchSize < 1)
        {
            problems.Add("BatchSize must be at least 1.");
        }

        return problems;
    }
}
