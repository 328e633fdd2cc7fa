using System;
using System.Collections.Generic;

namespace Descope.UserManagement.Http;

/// <summary>The checks <see cref="DescopeUserClientOptions"/> must pass, with messages that name the setting.</summary>
internal static class DescopeOptionsValidation
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming every problem of <paramref name="options"/>, if it has any.</summary>
    public static void ThrowIfInvalid(DescopeUserClientOptions options)
    {
        Internal.Argument.NotNull(options, nameof(options));
        var problems = Problems(options);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }
    }

    public static List<string> Problems(DescopeUserClientOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ProjectId))
        {
            problems.Add("ProjectId is required: set Descope:ProjectId in configuration, the DESCOPE_PROJECT_ID variable, or DescopeUserClientOptions.ProjectId.");
        }
        else if (!IsAlphanumeric(options.ProjectId!))
        {
            problems.Add("ProjectId must contain only letters and digits, like the ID shown in the Descope console.");
        }

        if (string.IsNullOrWhiteSpace(options.ManagementKey))
        {
            problems.Add("ManagementKey is required: set Descope:ManagementKey in configuration, the DESCOPE_MANAGEMENT_KEY variable, or DescopeUserClientOptions.ManagementKey.");
        }
        else if (!IsHeaderSafe(options.ManagementKey!))
        {
            // Typically a trailing newline from a secret file; the value itself is never repeated here.
            problems.Add("ManagementKey contains white space, control or non-ASCII characters; check how it is read (a trailing newline?).");
        }

        if (options.BaseUrl is not null && DescopeEndpoint.Problem(options.BaseUrl) is { } baseUrlProblem)
        {
            problems.Add(baseUrlProblem);
        }

        if (options.BatchSize < 1)
        {
            problems.Add("BatchSize must be at least 1.");
        }

        if (!IsTimeout(options.Timeout))
        {
            problems.Add("Timeout must be between 10 ms and 24 hours (or Timeout.InfiniteTimeSpan).");
        }

        if (!IsTimeout(options.TotalTimeout))
        {
            problems.Add("TotalTimeout must be between 10 ms and 24 hours (or Timeout.InfiniteTimeSpan).");
        }

        if (options.Retry is not { } retry)
        {
            problems.Add("Retry must not be null; set Retry.MaxRetries = 0 to turn retrying off.");
        }
        else
        {
            if (retry.MaxRetries is < 0 or > 10)
            {
                problems.Add("Retry.MaxRetries must be between 0 and 10.");
            }

            if (retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < retry.BaseDelay || retry.MaxDelay > TimeSpan.FromDays(1))
            {
                problems.Add("Retry.BaseDelay must not be negative, and Retry.MaxDelay not below it nor above a day.");
            }

            if (retry.MaxRetryAfter < TimeSpan.Zero || retry.MaxRetryAfter > TimeSpan.FromDays(1))
            {
                problems.Add("Retry.MaxRetryAfter must be between 0 and a day.");
            }
        }

        return problems;
    }

    // The range Polly's timeout strategy accepts.
    private static bool IsTimeout(TimeSpan value) =>
        value == System.Threading.Timeout.InfiniteTimeSpan || (value >= TimeSpan.FromMilliseconds(10) && value <= TimeSpan.FromDays(1));

    private static bool IsAlphanumeric(string value)
    {
        foreach (var character in value)
        {
            if (character is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHeaderSafe(string value)
    {
        foreach (var character in value)
        {
            if (character is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
