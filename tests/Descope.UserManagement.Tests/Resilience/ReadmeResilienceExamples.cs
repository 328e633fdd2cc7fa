using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Descope.UserManagement.Tests.Resilience;

/// <summary>The pacing example of README.md, as a running test.</summary>
public sealed class ReadmeResilienceExamples
{
    [Fact]
    public async Task Pacing_with_a_preset_limiter()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Descope:ProjectId"] = "P2aAc4T2V93bddihGEx2Ryhc8e5Z", ["Descope:ManagementKey"] = "K1" })
            .Build();
        var services = new ServiceCollection();

        // Pacing: begin
        var limiter = DescopeRateLimiters.UserUpdates();   // 200 per 60 s; also UserCreates(), BackendSdk()
        services.AddSingleton(limiter);                     // one budget, disposed with the container
        services.AddDescopeUsers(options =>
        {
            options.ProjectId = configuration["Descope:ProjectId"];
            options.ManagementKey = configuration["Descope:ManagementKey"];
            options.RateLimiter = limiter;                  // created once: reloaded options keep the same budget
        });
        // Pacing: end

        await using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<DescopeUserClientOptions>>().Value;
        options.RateLimiter.Should().BeSameAs(provider.GetRequiredService<System.Threading.RateLimiting.RateLimiter>());
        provider.GetRequiredService<IDescopeUserClient>().Should().BeOfType<DescopeUserClient>();
    }
}
