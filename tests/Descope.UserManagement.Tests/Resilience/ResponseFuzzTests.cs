using System.Collections.Concurrent;
using System.Text;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Resilience;

/// <summary>
/// Ten thousand mutated or random answers over real HTTP: the client returns a user or throws
/// <see cref="DescopeApiException"/>, never anything else.
/// </summary>
public sealed class ResponseFuzzTests
{
    private const int Cases = 10_000;
    private const int Seed = 20261122;

    private static readonly int[] Statuses =
    [
        200, 200, 200, 200, 201, 202, 203, 206, 300, 301, 302, 303, 307, 308,
        400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503, 504, 520, 599,
    ];

    private static readonly string[] Seeds =
    [
        SampleUsers.UserAnswerJson,
        SampleUsers.SparseUserAnswerJson,
        """{"errorCode":"E011003","errorDescription":"Request is invalid","errorMessage":"bad"}""",
        """{"patchedUsers":[],"failedUsers":[{"failure":"x","user":{"loginIds":["a"]}}],"additionalErrors":{}}""",
        """{"user":{"status":"enabled","createdTime":1700000000,"customAttributes":{"a":[1,"b",null,{"c":true}]}}}""",
    ];

    [Fact]
    public async Task Any_answer_yields_a_user_or_a_DescopeApiException()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        // Retries on, on a clock where every wait ends at once, so the whole pipeline meets every answer.
        var options = TestClients.Options(emulator);
        options.TimeProvider = new InstantTimeProvider();
        options.Timeout = Timeout.InfiniteTimeSpan;
        options.TotalTimeout = Timeout.InfiniteTimeSpan;
        options.Retry = new DescopeRetryOptions { MaxRetries = 2 };
        using var client = new DescopeUserClient(options);
        await client.LoadAsync("alice");
        var random = new Random(Seed);
        var answers = Enumerable.Range(0, Cases).Select(_ => Mutate(random)).ToArray();
        var unexpected = new ConcurrentBag<string>();
        var outcomes = new ConcurrentDictionary<string, int>();

        foreach (var answer in answers)
        {
            emulator.Faults.Inject(answer);
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, Cases), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            try
            {
                var call = (i % 3) switch
                {
                    0 => client.ActivateAsync("alice", cancellationToken),
                    1 => client.LoadAsync("alice", cancellationToken),
                    _ => client.PatchAsync("alice", new UserPatch { Name = "A" }, cancellationToken),
                };
                var user = await call;
                user.Should().NotBeNull();
                outcomes.AddOrUpdate("user", 1, (_, n) => n + 1);
            }
            catch (DescopeApiException error)
            {
                outcomes.AddOrUpdate(error.GetType().Name, 1, (_, n) => n + 1);
            }
#pragma warning disable CA1031 // the point of the test is to catch anything else
            catch (Exception error)
#pragma warning restore CA1031
            {
                unexpected.Add($"{error.GetType().Name}: {error.Message}");
            }
        });

        unexpected.Should().BeEmpty("seed {0} produced other exception types", Seed);
        outcomes.Values.Sum().Should().Be(Cases);
        outcomes.Keys.Should().Contain(["user", nameof(DescopeApiException), nameof(DescopeRateLimitException), nameof(DescopeNotFoundException)]);
        emulator.Faults.Pending.Should().Be(0, "every answer was served (retries took some of them)");
    }

    private static EmulatorFault Mutate(Random random)
    {
        var status = Statuses[random.Next(Statuses.Length)];
        var body = random.Next(10) switch
        {
            0 => RandomText(random, random.Next(0, 300)),
            1 => "",
            2 => new string('[', random.Next(1, 200)) + new string(']', random.Next(0, 200)),
            _ => MutateJson(random, Seeds[random.Next(Seeds.Length)]),
        };
        var headers = new Dictionary<string, string>();
        if (random.Next(4) == 0)
        {
            headers["Retry-After"] = random.Next(3) switch
            {
                0 => random.Next(-5, 3) == 0 ? "2147483647" : random.Next(-5, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => DateTimeOffset.UtcNow.AddSeconds(random.Next(-100, 100)).ToString("R"),
                _ => RandomText(random, 10).Replace('\r', ' ').Replace('\n', ' '),
            };
        }

        return EmulatorFault.Respond(status, body, random.Next(5) == 0 ? "text/html" : "application/json") with { Headers = headers };
    }

    private static string MutateJson(Random random, string json)
    {
        var text = new StringBuilder(json);
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits && text.Length > 0; i++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(6))
            {
                case 0:
                    text.Length = at;
                    break;
                case 1:
                    text[at] = (char)random.Next(0x20, 0x7F);
                    break;
                case 2:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 3:
                    text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
                    break;
                case 4:
                    text.Replace("\"enabled\"", Tokens[random.Next(Tokens.Length)]);
                    break;
                default:
                    text.Replace("1700000000", Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    private static readonly string[] Tokens =
    [
        "null", "true", "false", "0", "-1", "1e309", "99999999999999999999", "\"\"", "\"x\"", "[]", "{}", ",", ":", "\"\\u0000\"",
        "\"\\ud800\"", "{\"user\":null}", "[1,2,", "\"createdTime\":", "NaN", "\u00e9", "\t", "\"user\":{}",
    ];

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append((char)random.Next(1, 0x800));
        }

        return text.ToString();
    }
}
