using System;
using System.Linq;
using Descope.UserManagement;
using Descope.UserManagement.Diagnostics;
using Descope.UserManagement.Http;
using Microsoft.Extensions.Configuration;
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
    /// Registers <see cref="IDescopeUserClient"/> as a typed HTTP client, configured from the application's
    /// configuration section <c>Descope</c> (<c>ProjectId</c>, <c>ManagementKey</c>, <c>BaseUrl</c>, <c>Timeout</c>,
    /// <c>TotalTimeout</c>, <c>BatchSize</c>, <c>Retry:*</c>) and the environment variables <c>DESCOPE_PROJECT_ID</c>,
    /// <c>DESCOPE_MANAGEMENT_KEY</c> and <c>DESCOPE_BASE_URL</c> (or <c>DESCOPE_BASE_URI</c>), which win when set.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The HTTP client builder, to add handlers or settings of your own.</returns>
    public static IHttpClientBuilder AddDescopeUsers(this IServiceCollection services)
    {
        Descope.UserManagement.Internal.Argument.NotNull(services, nameof(services));
        services.AddOptions<DescopeUserClientOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            var configuration = provider.GetService<IConfiguration>();
            if (configuration is not null)
            {
                DescopeOptionsBinder.BindSection(configuration.GetSection(DescopeOptionsBinder.SectionName), options);
            }

            DescopeOptionsBinder.BindEnvironment(configuration, options);
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOptionsChangeTokenSource<DescopeUserClientOptions>, RootConfigurationChangeTokenSource>());
        return Register(services);
    }

    /// <summary>
    /// Registers <see cref="IDescopeUserClient"/> as a typed HTTP client configured from <paramref name="section"/>
    /// (keys <c>ProjectId</c>, <c>ManagementKey</c>, <c>BaseUrl</c>, <c>Timeout</c>, <c>TotalTimeout</c>,
    /// <c>BatchSize</c>, <c>Retry:MaxRetries</c>, …). A reloaded section (a rotated key) applies from the next request.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section to read, e.g. <c>configuration.GetSection("Descope")</c>.</param>
    /// <returns>The HTTP client builder, to add handlers or settings of your own.</returns>
    public static IHttpClientBuilder AddDescopeUsers(this IServiceCollection services, IConfiguration section)
    {
        Descope.UserManagement.Internal.Argument.NotNull(services, nameof(services));
        Descope.UserManagement.Internal.Argument.NotNull(section, nameof(section));
        services.AddOptions<DescopeUserClientOptions>().Configure(options => DescopeOptionsBinder.BindSection(section, options));
        services.AddSingleton<IOptionsChangeTokenSource<DescopeUserClientOptions>>(new ConfigurationChangeTokenSource<DescopeUserClientOptions>(section));
        return Register(services);
    }

    /// <summary>
    /// Registers <see cref="IDescopeUserClient"/> as a typed HTTP client configured by <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the project ID, management key and other options.</param>
    /// <returns>The HTTP client builder, to add handlers or settings of your own.</returns>
    public static IHttpClientBuilder AddDescopeUsers(this IServiceCollection services, Action<DescopeUserClientOptions> configure)
    {
        Descope.UserManagement.Internal.Argument.NotNull(services, nameof(services));
        Descope.UserManagement.Internal.Argument.NotNull(configure, nameof(configure));
        services.AddOptions<DescopeUserClientOptions>().Configure(configure);
        return Register(services);
    }

    // Shared by every overload: the options are validated when the host starts, and a second call only adds
    // configuration; it never adds the handlers a second time.
    private static IHttpClientBuilder Register(IServiceCollection services)
    {
        services.AddOptions<DescopeUserClientOptions>().ValidateOnStart();
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
                (httpClient, provider) => new DescopeUserClient(
                    httpClient, WithContainerLogging(CurrentOptions(provider), provider), () => CurrentOptions(provider), ownsHttpClient: false))
            .ConfigureHttpClient(httpClient => httpClient.Timeout = System.Threading.Timeout.InfiniteTimeSpan)

            // IHttpClientFactory's request logs print header values as "*", but hand the raw values, the bearer token
            // among them, to any provider that exports a record's structured state. The SDK logs each call itself
            // (operation, status, duration, attempts), so the factory's loggers are removed for this client.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(DescopePrimaryHandler.Create)
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                foreach (var handler in DescopePipeline.Handlers(() => CurrentOptions(provider), provider.GetRequiredService<LicenseTierCache>(), Logger(provider)))
                {
                    handlers.Add(handler);
                }
            });
    }

    // The client logs through the container's logger factory unless the options name one.
    private static DescopeUserClientOptions WithContainerLogging(DescopeUserClientOptions options, IServiceProvider provider)
    {
        if (options.LoggerFactory is not null || provider.GetService<ILoggerFactory>() is not { } factory)
        {
            return options;
        }

        var copy = options.Clone();
        copy.LoggerFactory = factory;
        return copy;
    }

    private static ILogger Logger(IServiceProvider provider) =>
        DescopeLogging.CreateLogger(provider.GetService<ILoggerFactory>());

    private static DescopeUserClientOptions CurrentOptions(IServiceProvider provider) =>
        provider.GetRequiredService<IOptionsMonitor<DescopeUserClientOptions>>().CurrentValue;

    /// <summary>Reloads the options when the application's configuration changes (a rotated key, say).</summary>
    private sealed class RootConfigurationChangeTokenSource : IOptionsChangeTokenSource<DescopeUserClientOptions>
    {
        private readonly IConfiguration? _configuration;

        public RootConfigurationChangeTokenSource(IServiceProvider provider) => _configuration = provider.GetService<IConfiguration>();

        public string Name => Microsoft.Extensions.Options.Options.DefaultName;

        public Primitives.IChangeToken GetChangeToken() =>
            _configuration?.GetReloadToken() ?? new Primitives.CancellationChangeToken(System.Threading.CancellationToken.None);
    }

    /// <summary>Marks that the Descope client is registered, so a second call does not stack its handlers.</summary>
    private sealed class DescopeUsersRegistration;
}
