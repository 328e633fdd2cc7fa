using System.Runtime.CompilerServices;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Batch;

/// <summary>
/// Streamed batch create, invite and delete against the emulator: 10,000 inputs each, every one accounted for exactly
/// once; a failed request, a taken login ID, an input the batch call would refuse and a repeat within one request each
/// fail only their own inputs; a cancelled run says where to resume, and resuming finishes the job.
/// </summary>
public sealed class StreamedCreateInviteDeleteTests
{
    private const string CreateBatchPath = "/v1/mgmt/user/create/batch";
    private const string DeleteBatchPath = "/v1/mgmt/user/delete/batch";
    private const int Users = 10_000;
    private const int BadInput = 5_050;
    private const int Repeat = 7_001;

    [Fact]
    public async Task Streaming_10000_creates_accounts_for_every_input_with_each_failure_in_its_place()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        for (var i = 100; i < Users; i += 250)
        {
            emulator.Store.Seed(Login(i));
        }

        using var client = TestClients.For(emulator);
        emulator.Faults.Inject(EmulatorFault.Status(503) with { Path = CreateBatchPath });

        var result = await client.CreateBatchAsync(Creates(Users), new BulkOptions { ExpectedCount = Users });

        result.Canceled.Should().BeFalse();
        result.ResumeIndex.Should().Be(Users);
        (result.Succeeded + result.Failed.Count).Should().Be(Users);
        result.Failed.Select(f => f.Index).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();

        var firstRequest = result.Failed.Where(f => f.Index < 100).ToArray();
        firstRequest.Should().HaveCount(100, "the first request failed as a whole");
        firstRequest.Should().OnlyContain(f => f.Exception is DescopeOutcomeUnknownException, "a once-only request answered 503 may have been carried out");

        var taken = result.Failed.Where(f => f.Index >= 100 && f.Exception is null).Select(f => f.Index).ToArray();
        taken.Should().Equal(Enumerable.Range(100, Users - 100).Where(i => (i - 100) % 250 == 0).Select(i => (long)i), "a taken login ID fails alone");

        var refused = result.Failed.Where(f => f.Exception is ArgumentException).ToArray();
        refused.Select(f => f.Index).Should().Equal(BadInput, Repeat);
        refused[0].Reason.Should().Contain("Password or HashedPassword").And.NotContain("index 0").And.NotContain("Pw-secret");
        refused[0].Reason.Should().EndWith("(Parameter 'users')").And.Subject.Split("(Parameter").Should().HaveCount(2, "the parameter is named once");
        refused[1].Reason.Should().Contain("repeats");

        emulator.Journal.To(CreateBatchPath).Should().HaveCount(Users / 100, "one request per chunk, bad inputs left out of theirs");
        var created = emulator.Store.Users.Count(u => u.Name == "Created");
        created.Should().Be((int)result.Succeeded);
        emulator.Store.Find(Login(BadInput)).Should().BeNull("a refused input is not sent");
    }

    [Fact]
    public async Task Streaming_10000_invites_sends_an_invitation_for_every_user_created_and_none_for_the_rest()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Store.Seed(Login(42));
        using var client = TestClients.For(emulator);

        var result = await client.InviteBatchAsync(
            Creates(Users, withProblems: false),
            new InviteOptions { InviteUrl = "https://app.example.com/welcome", SendMail = true });

        result.AllSucceeded.Should().BeFalse();
        result.Failed.Select(f => f.Index).Should().Equal(42L);
        result.Succeeded.Should().Be(Users - 1);
        emulator.Store.Invitations.Should().HaveCount(Users - 1);
        emulator.Store.Invitations.Should().OnlyContain(i => i.LoginId != Login(42));
        emulator.Journal.To(CreateBatchPath).Should().OnlyContain(r => r.Body.Contains("\"invite\":true", StringComparison.Ordinal) && r.Body.Contains("https://app.example.com/welcome", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_a_streamed_create_returns_where_to_resume_and_resuming_creates_the_rest_once()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);
        using var cancel = new CancellationTokenSource();
        var progress = new Synchronous<BulkProgress>(p =>
        {
            if (p.Handled == 4_000)
            {
                cancel.Cancel();
            }
        });

        var first = await client.CreateBatchAsync(Creates(Users, withProblems: false), new BulkOptions { Progress = progress, ExpectedCount = Users }, cancel.Token);

        first.Canceled.Should().BeTrue();
        first.Succeeded.Should().Be(4_000);
        first.InFlight.Should().BeEmpty();
        first.ResumeIndex.Should().Be(4_000);
        emulator.Journal.To(CreateBatchPath).Should().HaveCount(40, "nothing past the cancel was sent");

        var rest = await client.CreateBatchAsync(Creates(Users, withProblems: false, skip: (int)first.ResumeIndex));

        rest.AllSucceeded.Should().BeTrue();
        (first.Succeeded + rest.Succeeded).Should().Be(Users);
        emulator.Store.Users.Should().HaveCount(Users);
    }

    [Fact]
    public async Task Streaming_10000_deletes_fails_a_refused_request_and_a_blank_id_alone_and_deletes_the_rest()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        var ids = Enumerable.Range(0, Users).Select(i => emulator.Store.Seed(Login(i)).UserId!).ToArray();
        ids[BadInput] = " ";
        using var client = TestClients.For(emulator);
        emulator.Faults.Inject(EmulatorFault.Status(400) with { Path = DeleteBatchPath });
        var reports = new List<BulkProgress>();

        var result = await client.DeleteBatchAsync(Stream(ids), new BulkOptions { ChunkSize = 500, ExpectedCount = Users, Progress = new Synchronous<BulkProgress>(reports.Add) });

        result.Canceled.Should().BeFalse();
        result.Failed.Select(f => f.Index).Should().Equal(Enumerable.Range(0, 500).Select(i => (long)i).Append(BadInput));
        result.Failed.Take(500).Should().OnlyContain(f => f.Exception is DescopeApiException);
        result.Failed[^1].Exception.Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("userIds");
        result.Succeeded.Should().Be(Users - 501);
        emulator.Journal.To(DeleteBatchPath).Should().HaveCount(Users / 500);
        emulator.Store.Users.Should().HaveCount(501, "the first request's users and the user behind the blank ID were not deleted");
        reports.Should().HaveCount(Users / 500);
        reports[^1].Remaining.Should().Be(0);
        reports.Select(r => r.Handled).Should().BeInAscendingOrder();
    }

    private static string Login(int i) => $"new-{i:D7}@example.com";

    private static async IAsyncEnumerable<BatchUserCreate> Creates(int count, bool withProblems = true, int skip = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = skip; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return (withProblems, i) switch
            {
                (true, BadInput) => new BatchUserCreate(Login(i)) { Name = "Created", Password = "Pw-secret-1", HashedPassword = new BcryptHashedPassword("$2a$10$abcdefghijklmnopqrstuv") },
                (true, Repeat) => new BatchUserCreate(Login(i - 1)) { Name = "Created" },
                _ => new BatchUserCreate(Login(i)) { Name = "Created", Email = Login(i) },
            };
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    private static async IAsyncEnumerable<string> Stream(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        await Task.CompletedTask;
    }

    private sealed class Synchronous<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
