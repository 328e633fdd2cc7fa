// Why this is written by hand rather than produced by the configuration-binding source generator
// (<EnableConfigurationBindingGenerator>, Microsoft.Extensions.Configuration.Binder 10.0.14). The generator does run on
// every target here (netstandard2.0, net8.0, net10.0; checked), binds the same keys case-insensitively, TimeSpan and
// the nested Retry section included, and is AOT-safe. It is not used because what it generates differs where it
// matters:
//   - Its parse errors quote the value: "Failed to convert configuration value '<value>' at 'Descope:Timeout' to type
//     'System.TimeSpan'." A key pasted into the wrong setting would land in a start-up log. The messages below name
//     the key and never the value.
//   - It accepts relative URLs for BaseUrl (it parses with UriKind.RelativeOrAbsolute); this binder refuses them at
//     binding time, naming the key.
//   - An empty string value of ProjectId or ManagementKey overwrites what an earlier source set; here an empty value
//     means "not set", as it does for every other key.
//   - It also generates binding for RateLimiter, TimeProvider and LoggerFactory (into TimeProvider.System's time
//     zone, for one) and warns SYSLIB1100/SYSLIB1101 for them; excluding them takes a second options type and a copy,
//     which is more code than this file, not less.
//   - The DESCOPE_* environment variables are not configuration keys of the section, so BindEnvironment stays either
//     way.
// Neither uses reflection, so both are trim- and AOT-safe (the library builds with IsAotCompatible on net8.0+).

using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Descope.UserManagement;

/// <summary>
/// Reads <see cref="DescopeUserClientOptions"/> from configuration by name, without reflection (so it is trim- and
/// AOT-safe), and from Descope's environment variables.
/// </summary>
internal static class DescopeOptionsBinder
{
    public const string SectionName = "Descope";

    public static void BindSection(IConfiguration section, DescopeUserClientOptions options)
    {
        SetString(section, nameof(options.ProjectId), value => options.ProjectId = value);
        SetString(section, nameof(options.ManagementKey), value => options.ManagementKey = value);
        SetString(section, nameof(options.BaseUrl), value => options.BaseUrl = ParseUrl(value, Key(section, nameof(options.BaseUrl))));
        SetString(section, nameof(options.BatchSize), value => options.BatchSize = ParseInt(value, Key(section, nameof(options.BatchSize))));
        SetString(section, nameof(options.Timeout), value => options.Timeout = ParseTimeSpan(value, Key(section, nameof(options.Timeout))));
        SetString(section, nameof(options.TotalTimeout), value => options.TotalTimeout = ParseTimeSpan(value, Key(section, nameof(options.TotalTimeout))));

        var retry = section.GetSection(nameof(options.Retry));
        options.Retry ??= new DescopeRetryOptions();
        SetString(retry, nameof(DescopeRetryOptions.MaxRetries), value => options.Retry.MaxRetries = ParseInt(value, Key(retry, nameof(DescopeRetryOptions.MaxRetries))));
        SetString(retry, nameof(DescopeRetryOptions.BaseDelay), value => options.Retry.BaseDelay = ParseTimeSpan(value, Key(retry, nameof(DescopeRetryOptions.BaseDelay))));
        SetString(retry, nameof(DescopeRetryOptions.MaxDelay), value => options.Retry.MaxDelay = ParseTimeSpan(value, Key(retry, nameof(DescopeRetryOptions.MaxDelay))));
        SetString(retry, nameof(DescopeRetryOptions.MaxRetryAfter), value => options.Retry.MaxRetryAfter = ParseTimeSpan(value, Key(retry, nameof(DescopeRetryOptions.MaxRetryAfter))));
        SetString(retry, nameof(DescopeRetryOptions.UseJitter), value => options.Retry.UseJitter = ParseBool(value, Key(retry, nameof(DescopeRetryOptions.UseJitter))));
    }

    /// <summary>
    /// Applies <c>DESCOPE_PROJECT_ID</c>, <c>DESCOPE_MANAGEMENT_KEY</c> and <c>DESCOPE_BASE_URL</c> (or Python's spelling
    /// <c>DESCOPE_BASE_URI</c>) where set, from <paramref name="configuration"/> or else the process environment.
    /// They win over the configuration section, as environment settings usually do in deployment.
    /// </summary>
    public static void BindEnvironment(IConfiguration? configuration, DescopeUserClientOptions options)
    {
        if (Read(configuration, "DESCOPE_PROJECT_ID") is { } projectId)
        {
            options.ProjectId = projectId;
        }

        if (Read(configuration, "DESCOPE_MANAGEMENT_KEY") is { } key)
        {
            options.ManagementKey = key;
        }

        if (Read(configuration, "DESCOPE_BASE_URL") is { } baseUrl)
        {
            options.BaseUrl = ParseUrl(baseUrl, "DESCOPE_BASE_URL");
        }
        else if (Read(configuration, "DESCOPE_BASE_URI") is { } baseUri)
        {
            options.BaseUrl = ParseUrl(baseUri, "DESCOPE_BASE_URI");
        }
    }

    private static string? Read(IConfiguration? configuration, string name)
    {
        var value = configuration?[name];
        if (string.IsNullOrEmpty(value))
        {
            value = Environment.GetEnvironmentVariable(name);
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static void SetString(IConfiguration section, string key, Action<string> apply)
    {
        if (section[key] is { Length: > 0 } value)
        {
            apply(value);
        }
    }

    private static string Key(IConfiguration section, string key) =>
        section is IConfigurationSection named ? named.Path + ":" + key : key;

    // The messages name the setting and never repeat a value, which could be a misplaced secret.
    private static Uri ParseUrl(string value, string key) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : throw new InvalidOperationException($"{key} must be an absolute URL such as https://api.descope.com.");

    private static int ParseInt(string value, string key) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw new InvalidOperationException($"{key} must be a whole number.");

    private static bool ParseBool(string value, string key) =>
        bool.TryParse(value, out var flag) ? flag : throw new InvalidOperationException($"{key} must be true or false.");

    private static TimeSpan ParseTimeSpan(string value, string key) =>
        TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) ? span : throw new InvalidOperationException($"{key} must be a time span such as 00:00:30.");
}
