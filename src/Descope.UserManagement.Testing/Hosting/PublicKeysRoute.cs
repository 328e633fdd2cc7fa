using System.Text;
using Descope.UserManagement.Testing.Tokens;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// <c>GET /v2/keys/&lt;projectId&gt;</c>: the project's token signing keys as a JSON Web Key Set. Descope serves them
/// without authentication, so the emulator answers before it checks the management key.
/// </summary>
internal sealed class PublicKeysRoute(string projectId, EmulatorSigningKey key)
{
    public const string PathPrefix = "/v2/keys/";

    /// <summary>The path of this project's key set.</summary>
    public string Path { get; } = PathPrefix + projectId;

    /// <summary>Whether <paramref name="path"/> asks for a key set (of this project or another).</summary>
    public static bool Serves(string path) => path.StartsWith(PathPrefix, StringComparison.Ordinal);

    public EmulatorAnswer Handle(string method, string path)
    {
        if (!string.Equals(path, Path, StringComparison.Ordinal))
        {
            return new EmulatorAnswer(404, Encoding.UTF8.GetBytes($"The emulator serves the keys of project {projectId} only, at {Path}."), "text/plain");
        }

        return method == "GET"
            ? new EmulatorAnswer(200, key.KeySetJson())
            : new EmulatorAnswer(405, Encoding.UTF8.GetBytes($"{path} does not accept {method}."), "text/plain");
    }
}
