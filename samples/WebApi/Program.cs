// An internal admin API over Descope user management: disable a user, change roles, patch profile fields.
//
//   dotnet run --project samples/WebApi
//
// Settings come from appsettings.json (section "Descope") and DESCOPE_PROJECT_ID / DESCOPE_MANAGEMENT_KEY /
// DESCOPE_BASE_URL. With no credentials it starts a Descope emulator in-process with a few users, so it runs anywhere.
using Descope.UserManagement;
using Descope.UserManagement.Testing;
using WebApi;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddExceptionHandler<DescopeExceptionHandler>();
builder.Services.AddProblemDetails();

DescopeEmulator? emulator = null;
if (HasCredentials(builder.Configuration))
{
    // Web: begin
    builder.Services.AddDescopeUsers();   // binds "Descope" from appsettings.json and the DESCOPE_* variables
    // Web: end
}
else
{
    emulator = await DescopeEmulator.StartAsync();
    emulator.Store.Seed("ada@example.com", email: "ada@example.com", name: "Ada Lovelace");
    emulator.Store.Seed("grace@example.com", email: "grace@example.com", name: "Grace Hopper");
    builder.Services.AddDescopeUsers(builder.Configuration.GetSection("Descope"));   // timeouts and retries from appsettings.json
    builder.Services.AddDescopeUsers(emulator.ConfigureClient);                      // then the emulator's address and key
}

var app = builder.Build();
app.UseExceptionHandler();
if (emulator is not null)
{
    app.Logger.LogInformation("No Descope credentials set: using the emulator at {BaseUrl}", emulator.BaseUrl);
    app.Lifetime.ApplicationStopped.Register(() => emulator.DisposeAsync().AsTask().GetAwaiter().GetResult());
}

app.MapGet("/health", () => Results.Ok("ok"));
app.MapAdminEndpoints();
app.Run();

static bool HasCredentials(IConfiguration configuration) =>
    IsSet(configuration, "Descope:ProjectId", "DESCOPE_PROJECT_ID") && IsSet(configuration, "Descope:ManagementKey", "DESCOPE_MANAGEMENT_KEY");

static bool IsSet(IConfiguration configuration, string key, string variable) =>
    !string.IsNullOrWhiteSpace(configuration[key]) || !string.IsNullOrWhiteSpace(configuration[variable]);
