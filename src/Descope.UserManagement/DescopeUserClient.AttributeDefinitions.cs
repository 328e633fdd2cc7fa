using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement;

// Custom attribute definitions.
public partial class DescopeUserClient
{
    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<CustomAttributeDefinition>> GetCustomAttributesAsync(CancellationToken cancellationToken = default)
    {
        var answer = await _sender.SendQueryAsync(DescopeOperations.GetCustomAttributes, "", cancellationToken).ConfigureAwait(false);
        return answer.Data ?? [];
    }

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<CustomAttributeDefinition>> CreateCustomAttributesAsync(
        IEnumerable<CustomAttributeDefinition> attributes, CancellationToken cancellationToken = default)
    {
        var body = new CreateCustomAttributesRequest { Attributes = AttributeDefinitionArgument.Check(attributes, nameof(attributes)) };
        var answer = await _sender.SendAsync(DescopeOperations.CreateCustomAttributes, body, cancellationToken).ConfigureAwait(false);
        return answer.Data ?? [];
    }

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<CustomAttributeDefinition>> DeleteCustomAttributesAsync(IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        var body = new DeleteCustomAttributesRequest { Names = ListArgument.NonBlank(names, "attribute name", nameof(names)) };
        var answer = await _sender.SendAsync(DescopeOperations.DeleteCustomAttributes, body, cancellationToken).ConfigureAwait(false);
        return answer.Data ?? [];
    }
}
