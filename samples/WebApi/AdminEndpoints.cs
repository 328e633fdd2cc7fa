using Descope.UserManagement;

namespace WebApi;

/// <summary>
/// The admin tool's endpoints: each is one call of <see cref="IDescopeUserClient"/>, and every one requires the admin
/// policy (a Descope session with the admin role), so an endpoint added to the group is never open.
/// </summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        // Admin: begin
        var users = app.MapGroup("/users").RequireAuthorization(DescopeSessionAuthentication.AdminPolicy);
        // Admin: end

        // GET /users?text=ada&status=disabled&tenant=acme&role=admin&limit=50&page=0: one page and the total.
        users.MapGet("/", async ([AsParameters] UserListQuery query, IDescopeUserClient descope, CancellationToken cancellationToken) =>
        {
            var page = await descope.SearchAsync(query.ToSearch(), cancellationToken);
            return new UserListView(page.Users.Select(UserView.From).ToList(), page.Total, page.Page, page.Limit);
        });

        users.MapGet("/{loginId}", async (string loginId, IDescopeUserClient descope, CancellationToken cancellationToken) =>
            UserView.From(await descope.LoadAsync(loginId, cancellationToken)));

        // Endpoint: begin
        users.MapPost("/{loginId}/disable", async (string loginId, IDescopeUserClient descope, CancellationToken cancellationToken) =>
            UserView.From(await descope.DeactivateAsync(loginId, cancellationToken)));
        // Endpoint: end

        // Invite a new user by email or text message; the answer's Location names the new user.
        users.MapPost("/invite", async (Invitation invitation, IDescopeUserClient descope, CancellationToken cancellationToken) =>
        {
            var user = await descope.InviteAsync(
                invitation.LoginId,
                new UserCreate { Email = invitation.Email, Phone = invitation.Phone, Name = invitation.Name, RoleNames = invitation.Roles },
                new InviteOptions { InviteUrl = invitation.InviteUrl, SendMail = invitation.SendMail, SendSms = invitation.SendSms },
                cancellationToken);
            return Results.Created($"/users/{Uri.EscapeDataString(invitation.LoginId)}", UserView.From(user));
        });

        // Force a sign-out everywhere (a lost laptop), or only from the session types named: ?sessionType=web.
        users.MapPost("/{loginId}/logout", async (string loginId, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "sessionType")] string[]? sessionTypes, IDescopeUserClient descope, CancellationToken cancellationToken) =>
        {
            await descope.LogoutAsync(loginId, sessionTypes is { Length: > 0 } ? sessionTypes : null, cancellationToken);
            return Results.NoContent();
        });

        users.MapPost("/{loginId}/enable", async (string loginId, IDescopeUserClient descope, CancellationToken cancellationToken) =>
            UserView.From(await descope.ActivateAsync(loginId, cancellationToken)));

        users.MapPut("/{loginId}/roles", async (string loginId, RolesChange change, IDescopeUserClient descope, CancellationToken cancellationToken) =>
            UserView.From(await descope.SetRolesAsync(loginId, change.Roles ?? [], change.TenantId, cancellationToken)));

        users.MapPatch("/{loginId}", async (string loginId, ProfileChange change, IDescopeUserClient descope, CancellationToken cancellationToken) =>
            UserView.From(await descope.PatchAsync(loginId, new UserPatch
            {
                GivenName = change.GivenName,
                FamilyName = change.FamilyName,
                Name = change.Name,
                Phone = change.Phone,
                Picture = change.Picture,
            }, cancellationToken)));
    }
}

/// <summary>The filters and page of the user list; each one left out does not filter.</summary>
internal sealed record UserListQuery(string? Text, string? Status, string? Tenant, string? Role, int? Limit, int? Page)
{
    public UserSearch ToSearch() => new()
    {
        Text = string.IsNullOrWhiteSpace(Text) ? null : Text,
        Statuses = Status is null ? null : [Enum.TryParse<UserStatus>(Status, ignoreCase: true, out var status) && status != UserStatus.Unknown
            ? status
            : throw new ArgumentException($"Unknown status '{Status}'; use enabled, disabled, invited or expired.", nameof(Status))],
        TenantIds = Tenant is null ? null : [Tenant],
        RoleNames = Role is null ? null : [Role],
        Limit = Limit,
        Page = Page,
    };
}

/// <summary>One page of the user list.</summary>
internal sealed record UserListView(IReadOnlyList<UserView> Users, int Total, int Page, int Limit);

/// <summary>Who to invite, and how the invitation goes out.</summary>
internal sealed record Invitation(string LoginId, string? Email, string? Phone, string? Name, IReadOnlyList<string>? Roles, string? InviteUrl, bool? SendMail, bool? SendSms);

/// <summary>New roles for a user, project-wide or in one tenant.</summary>
internal sealed record RolesChange(IReadOnlyList<string>? Roles, string? TenantId);

/// <summary>Profile fields to change; those left out stay as they are.</summary>
internal sealed record ProfileChange(string? Name, string? GivenName, string? FamilyName, string? Phone, string? Picture);

/// <summary>What the admin tool shows of a user.</summary>
internal sealed record UserView(string? UserId, IReadOnlyList<string> LoginIds, string? Name, string? Email, string? Phone, string Status, IReadOnlyList<string> Roles)
{
    public static UserView From(User user) => new(
        user.UserId, user.LoginIds ?? [], user.Name, user.Email, user.Phone, (user.Status ?? UserStatus.Unknown).ToString(), user.RoleNames ?? []);
}
