// An internal admin API over Descope user management: disable a user, change roles, patch profile fields.
//
//   dotnet run --project samples/WebApi
//
// Settings come from appsettings.json (sections "Descope" and "Auth") and DESCOPE_PROJECT_ID / DESCOPE_MANAGEMENT_KEY /
// DESCOPE_BASE_URL. Every /users endpoint needs a Descope session token whose project-level roles include
// Auth:AdminRole ("Tenant Admin"); /health is open. With no credentials it starts a Descope emulator in-process with
// an admin and a non-admin, and prints a token for each, so it runs anywhere.
using Descope.UserManagement;
using Descope.UserManagement.Testing;
using WebApi;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddExceptionHandler<DescopeExceptionHandler>();
builder.Services.AddProblemDetails();

var auth = AdminAuthSettings.From(builder.Configuration);
DescopeEmulator? emulator = null;
if (HasCredentials(builder.Configuration))
{
    // Web: begin
    builder.Services.AddDescopeUsers();   // binds "Descope" from appsettings.json and the DESCOPE_* variables
    // Web: end
}
else
{
    emulator = await SampleEmulator.StartAsync(auth.AdminRole);
    builder.Services.AddDescopeUsers(builder.Configuration.GetSection("Descope"));   // timeouts and retries from appsettings.json
    builder.Services.AddDescopeUsers(emulator.ConfigureClient);                      // then the emulator's address and key
    auth.UseEmulator(emulator);                                                      // and its session tokens
}

// Auth: begin
builder.Services.AddDescopeSessionAuthentication(auth);   // Descope session tokens, checked with the project's keys
// Auth: end

var app = builder.Build();
app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuthorization();
if (emulator is not null)
{
    app.Logger.LogInformation("No Descope credentials set: using the emulator at {BaseUrl}", emulator.BaseUrl);
    app.Lifetime.ApplicationStarted.Register(() => SampleEmulator.PrintTryIt(emulator, app.Urls.First(), auth.AdminRole));
    app.Lifetime.ApplicationStopped.Register(() => emulator.DisposeAsync().AsTask().GetAwaiter().GetResult());
}

app.MapGet("/health", () => Results.Ok("ok")).AllowAnonymous();
app.MapAdminEndpoints();
app.Run();

static bool HasCredentials(IConfiguration configuration) =>
    IsSet(configuration, "Descope:ProjectId", "DESCOPE_PROJECT_ID") && IsSet(configuration, "Descope:ManagementKey", "DESCOPE_MANAGEMENT_KEY");

static bool IsSet(IConfiguration configuration, string key, string variable) =>
    !string.IsNullOrWhiteSpace(configuration[key]) || !string.IsNullOrWhiteSpace(configuration[variable]);
