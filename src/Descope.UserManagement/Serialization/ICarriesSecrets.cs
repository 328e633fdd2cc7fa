using System.Collections.Generic;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// A request body holding secrets (a password, a TOTP seed, a password hash): the sender redacts them from every error
/// text the answer brings back (<see cref="Internal.Secrets"/>), so none reaches an exception or a log line.
/// </summary>
internal interface ICarriesSecrets
{
    /// <summary>The secret texts, as the body sends them; <see langword="null"/> for none.</summary>
    IReadOnlyList<string>? Secrets { get; }
}
