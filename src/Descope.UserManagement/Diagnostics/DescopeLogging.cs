using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Descope.UserManagement.Diagnostics;

/// <summary>The SDK's log category.</summary>
internal static class DescopeLogging
{
    /// <summary>The category every SDK log line is written under.</summary>
    public const string Category = "Descope.UserManagement";

    public static ILogger CreateLogger(ILoggerFactory? factory) => (factory ?? NullLoggerFactory.Instance).CreateLogger(Category);
}
