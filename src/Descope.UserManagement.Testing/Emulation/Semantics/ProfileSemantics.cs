using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>Profile and contact, as Descope applies them.</summary>
internal sealed class ProfileSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes)
    {
        routes.MapUser(DescopeOperations.Update, (request, loginId) => Update(loginId, request.Details(new UserUpdate())));
        routes.MapUser(DescopeOperations.PatchUser, (request, loginId) =>
            UserDetailsRules.Patch(store, DescopeOperations.PatchUser.Name, loginId, request.Details(new UserPatch { Status = request.Status() })));
        routes.MapUser(DescopeOperations.UpdateEmail, (request, loginId) =>
            UpdateContact(DescopeOperations.UpdateEmail.Name, loginId, request.String("email") ?? "", request.Bool("verified") ?? false, request.Bool("failOnConflict") ?? false,
                (user, email, verified) => user with { Email = email, VerifiedEmail = verified }));
        routes.MapUser(DescopeOperations.UpdatePhone, (request, loginId) =>
            UpdateContact(DescopeOperations.UpdatePhone.Name, loginId, request.String("phone") ?? "", request.Bool("verified") ?? false, request.Bool("failOnConflict") ?? false,
                (user, phone, verified) => user with { Phone = phone, VerifiedPhone = verified }));
        routes.MapUser(DescopeOperations.UpdateDisplayName, (request, loginId) => store.Change(DescopeOperations.UpdateDisplayName.Name, loginId, user => user with
        {
            // Only the parts the request names change; an empty string removes that part.
            Name = request.String("name") ?? user.Name,
            GivenName = request.String("givenName") ?? user.GivenName,
            MiddleName = request.String("middleName") ?? user.MiddleName,
            FamilyName = request.String("familyName") ?? user.FamilyName,
        }));
        routes.MapUser(DescopeOperations.UpdatePicture, (request, loginId) =>
            store.Change(DescopeOperations.UpdatePicture.Name, loginId, user => user with { Picture = request.String("picture") ?? "" }));

        // One key changes; a null (or absent) value stores JSON null. Once any definition exists, the key must be defined.
        routes.MapUser(DescopeOperations.UpdateCustomAttribute, (request, loginId) =>
        {
            var key = request.RequiredString("attributeKey");
            var value = request.Element("attributeValue");
            store.EnsureCustomAttributesDefined(DescopeOperations.UpdateCustomAttribute.Name, [key]);
            return store.Change(DescopeOperations.UpdateCustomAttribute.Name, loginId, user => user with
            {
                CustomAttributes = new Dictionary<string, System.Text.Json.JsonElement>(user.CustomAttributes ?? new Dictionary<string, System.Text.Json.JsonElement>(), StringComparer.Ordinal)
                {
                    [key] = value,
                },
            });
        });

        // The user object has no recovery fields: the contacts live beside it (DescopeUserStore.Recovery). "" removes one.
        routes.MapUser(DescopeOperations.UpdateRecoveryEmail, (request, loginId) =>
            UpdateRecovery(DescopeOperations.UpdateRecoveryEmail.Name, loginId, request.String("recoveryEmail") ?? "", request.Bool("verified") ?? false,
                (contacts, email, verified) => contacts with { Email = email, EmailVerified = verified }));
        routes.MapUser(DescopeOperations.UpdateRecoveryPhone, (request, loginId) =>
            UpdateRecovery(DescopeOperations.UpdateRecoveryPhone.Name, loginId, request.String("recoveryPhone") ?? "", request.Bool("verified") ?? false,
                (contacts, phone, verified) => contacts with { Phone = phone, PhoneVerified = verified }));
    }

    private User UpdateRecovery(string operation, string loginId, string value, bool verified, Func<RecoveryContacts, string?, bool, RecoveryContacts> set) =>
        store.Atomically(() =>
        {
            var user = store.Get(operation, loginId);
            store.Accounts.SetRecovery(user.UserId!, contacts => set(contacts, value.Length == 0 ? null : value, value.Length > 0 && verified));
            return user;
        });

    private User Update(string loginId, UserUpdate update) =>
        store.Change(DescopeOperations.Update.Name, loginId, user =>
        {
            UserDetailsRules.EnsureFree(store, DescopeOperations.Update.Name, user, update.AdditionalIdentifiers);
            return UserDetailsRules.ApplyAll(store, user, update) with { LoginIds = UserDetailsRules.MergeLoginIds(user.LoginIds, update.AdditionalIdentifiers) };
        });

    // Email and phone: an empty value removes it (and its verification); failOnConflict refuses another user's login ID.
    private User UpdateContact(string operation, string loginId, string value, bool verified, bool failOnConflict, Func<User, string, bool, User> set) =>
        store.Change(operation, loginId, user =>
        {
            if (failOnConflict && value.Length > 0)
            {
                store.EnsureNotAnotherUsers(operation, user, value);
            }

            return set(user, value, value.Length > 0 && verified);
        });
}
