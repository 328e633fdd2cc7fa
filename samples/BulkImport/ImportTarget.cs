using System.Globalization;
using Descope.UserManagement;
using Descope.UserManagement.Testing;

namespace BulkImport;

/// <summary>Where the users go: the Descope project named by the settings, or an emulator started in this process.</summary>
internal sealed class ImportTarget : IAsyncDisposable
{
    private readonly DescopeBucketLimiters? _limits;

    private ImportTarget(DescopeUserClient client, DescopeBucketLimiters? limits, DescopeEmulator? emulator, EmulatorRateLimit? createLimit)
    {
        Client = client;
        _limits = limits;
        Emulator = emulator;
        CreateLimit = createLimit;
    }

    public DescopeUserClient Client { get; }

    public DescopeEmulator? Emulator { get; }

    /// <summary>The emulator's user-create limit, which counts what it admitted and refused.</summary>
    public EmulatorRateLimit? CreateLimit { get; }

    public static async Task<ImportTarget> StartAsync(ImportSettings settings, TextWriter output)
    {
        var limits = Pacing.Create(settings, settings.LimitScale);
        try
        {
            if (!settings.UseEmulator)
            {
                var options = new DescopeUserClientOptions
                {
                    ProjectId = settings.ProjectId,
                    ManagementKey = settings.ManagementKey,
                    BaseUrl = settings.BaseUrl,
                    BatchSize = settings.ChunkSize,
                    RateLimits = limits,
                };
                await output.WriteLineAsync($"Importing into Descope project {settings.ProjectId}.").ConfigureAwait(false);
                return new ImportTarget(new DescopeUserClient(options), limits, null, null);
            }

            // Descope's own user-create limit (100 requests per 60 s), its window shrunk by --limit-scale.
            var emulator = await DescopeEmulator.StartAsync().ConfigureAwait(false);
            var createLimit = settings.LimitScale == 1
                ? DescopeRateLimits.UserCreate()
                : new EmulatorRateLimit("user create", 100, TimeSpan.FromSeconds(60 * settings.LimitScale),
                    path => path.StartsWith("/v1/mgmt/user/create", StringComparison.Ordinal));
            emulator.AddRateLimit(createLimit);
            var emulatorOptions = emulator.CreateClientOptions();
            emulatorOptions.BatchSize = settings.ChunkSize;
            emulatorOptions.RateLimits = limits;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"No DESCOPE_PROJECT_ID / DESCOPE_MANAGEMENT_KEY set: running against the emulator at {emulator.BaseUrl} (user creates: {createLimit.PermitLimit} requests per {createLimit.Window.TotalSeconds:0.##} s).")).ConfigureAwait(false);
            return new ImportTarget(new DescopeUserClient(emulatorOptions), limits, emulator, createLimit);
        }
        catch
        {
            limits?.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _limits?.Dispose();
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
