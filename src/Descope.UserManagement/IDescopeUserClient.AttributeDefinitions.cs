using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Custom attribute definitions.
public partial interface IDescopeUserClient
{
    /// <summary>Lists the custom user attributes defined in the project (<c>GET /v1/mgmt/user/customattributes</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every definition.</returns>
    Task<IReadOnlyList<CustomAttributeDefinition>> GetCustomAttributesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Defines custom user attributes (<c>POST /v1/mgmt/user/customattribute/create</c>). Not sent again once the
    /// request may have reached Descope: a repeat would meet its own names.
    /// </summary>
    /// <param name="attributes">The definitions; at least one, each with its own name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every definition after the change.</returns>
    Task<IReadOnlyList<CustomAttributeDefinition>> CreateCustomAttributesAsync(IEnumerable<CustomAttributeDefinition> attributes, CancellationToken cancellationToken = default);

    /// <summary>Deletes custom user attribute definitions by name (<c>POST /v1/mgmt/user/customattribute/delete</c>).</summary>
    /// <param name="names">The attributes' names; at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The definitions that remain.</returns>
    Task<IReadOnlyList<CustomAttributeDefinition>> DeleteCustomAttributesAsync(IEnumerable<string> names, CancellationToken cancellationToken = default);
}
