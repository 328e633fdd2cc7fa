using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>Batches, as Descope applies them: each item on its own, a failed item reported with its reason.</summary>
internal sealed class BatchSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes) =>
        routes.Map(DescopeOperations.PatchBatch, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var patches = reader.Objects("users")
                .Select(item => item.Details(new BatchUserPatch(item.RequiredString("loginId")) { Status = item.Status() }))
                .ToArray();
            var patched = new List<User>();
            var failed = new List<FailedUserResponse?>();
            foreach (var patch in patches)
            {
                try
                {
                    patched.Add(UserDetailsRules.Patch(store, row.Name, patch.LoginId, patch));
                }
                catch (DescopeApiException error)
                {
                    var user = store.Find(patch.LoginId) ?? new User { LoginIds = [patch.LoginId] };
                    failed.Add(new FailedUserResponse { Failure = error.ErrorMessage ?? error.Message, User = user });
                }
            }

            var answer = new BatchPatchResponse { PatchedUsers = patched, FailedUsers = failed, AdditionalErrors = [] };
            return EmulatorAnswer.Json(200, answer, DescopeJsonContext.Default.BatchPatchResponse);
        });
}
