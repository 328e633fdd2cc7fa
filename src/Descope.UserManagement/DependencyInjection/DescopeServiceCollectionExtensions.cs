using System;
using System.Linq;
using Descope.UserManagement;
using Descope.UserManagement.Diagnostics;
using Descope.UserManagement.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IDescopeUserClient"/> with a service collection.</summary>
public static class DescopeServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="System.Net.Http.HttpClient"/> the Descope client uses.</summary>
    public const string HttpClientName = "Descope.UserManagement";

    /// <summary>
    /// Registers <see cref="IDescopeUserClient"/> as a typed HTTP client configured by <paramref name="configure"/>.
    /// The options are validated when the host starts. Calling this again only adds configuration; it never adds
    /// the handlers a second time.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the project ID, management key and other options.</param>
    /// <returns>The HTTP client builder, to add handlers or settings of your own.</returns>
    public static IHttpClientBuilder AddDescopeUsers(this IServiceCollection services, Action<DescopeUserClientOptions> configure)
    {
        Descope.UserManagement.Internal.Argument.NotNull(services, nameof(services));
        Descope.UserManagement.Internal.Argument.NotNull(configure, nameof(configure));

        services.AddOptions<DescopeUserClientOptions>().Configure(configure).ValidateOnStart();
        if (services.Any(descriptor => descriptor.ServiceType == typeof(DescopeUsersRegistration)))
        {
            return services.AddHttpClient(HttpClientName);
        }

        services.AddSingleton(new DescopeUsersRegistration());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DescopeUserClientOptions>, DescopeUserClientOptionsValidator>());

        // One license handshake per application, not per pooled handler chain (those are rebuilt every few minutes).
        services.TryAddSingleton(provider => new LicenseTierCache(CurrentOptions(provider).TimeProvider));
        return services
            .AddHttpClient<IDescopeUserClient, DescopeUserClient>(
                HttpClientName,
                (httpClient, provider) => new DescopeUserClient(httpClient, CurrentOptions(provider)))
            .ConfigureHttpClient(httpClient => httpClient.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(DescopePrimaryHandler.Create)
            .AddHttpMessageHandler(provider => new DescopeResilienceHandler(() => CurrentOptions(provider), Logger(provider)))
            .AddHttpMessageHandler(provider => new DescopeLicenseHandler(provider.GetRequiredService<LicenseTierCache>(), Logger(provider)))
            .AddHttpMessageHandler(provider => new DescopeManagementKeyHandler(() => CurrentOptions(provider)))

            // IHttpClientFactory's own request logging must never print the bearer token.
            .RedactLoggedHeaders(name => string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase));
    }

    private static ILogger Logger(IServiceProvider provider) =>
        DescopeLogging.CreateLogger(provider.GetService<ILoggerFactory>());

    private static DescopeUserClientOptions CurrentOptions(IServiceProvider provider) =>
        provider.GetRequiredService<IOptionsMonitor<DescopeUserClientOptions>>().CurrentValue;

    /// <summary>Marks that the Descope client is registered, so a second call does not stack its handlers.</summary>
    private sealed class DescopeUsersRegistration;
}
