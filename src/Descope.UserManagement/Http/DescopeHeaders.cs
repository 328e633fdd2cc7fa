namespace Descope.UserManagement.Http;

/// <summary>Names of the headers Descope's SDKs send.</summary>
internal static class DescopeHeaders
{
    public const string ProjectId = "x-descope-project-id";
    public const string SdkName = "x-descope-sdk-name";
    public const string SdkVersion = "x-descope-sdk-version";
    public const string RuntimeVersion = "x-descope-sdk-dotnet-version";
    public const string License = "x-descope-license";
}
