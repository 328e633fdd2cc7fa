using System;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Descope.UserManagement.Http;

/// <summary>The SDK's name and version as sent in Descope's SDK headers.</summary>
internal static class SdkInfo
{
    public const string Name = "Descope.UserManagement";

    public static readonly string Version = ReadVersion();

    // ".NET 10.0.12", ".NET Framework 4.8.9032.0": says which runtime family as well as its version.
    public static readonly string RuntimeVersion = RuntimeInformation.FrameworkDescription.Trim();

    private static string ReadVersion()
    {
        var informational = typeof(SdkInfo).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(SdkInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        }

        // Drop the "+<commit>" build metadata the SDK appends; the header carries the release version.
        var plus = informational!.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}
