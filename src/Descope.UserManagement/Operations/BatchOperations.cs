using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Batches: many users per request, every input accounted for (docs/wire-contract.md §3).
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<BatchPatchRequest, BatchPatchResponse> PatchBatch =
        Row("PatchBatch", Patch, "/v1/mgmt/user/patch/batch", DescopeJsonContext.Default.BatchPatchRequest, DescopeJsonContext.Default.BatchPatchResponse);
}
