using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Descope.UserManagement.Benchmarks;

/// <summary>
/// Client-side cost per call: the SDK (with its whole pipeline: checks, retry and timeout handlers, license header,
/// error mapping, telemetry) against a bare HttpClient + source-generated STJ doing the same call, both answered
/// in memory with the same bytes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class InProcessBenchmarks
{
    private const string LoginId = "alice@example.com";
    private const string SearchText = "example";

    private static readonly Dictionary<string, object?> SdkAttributes = new() { ["plan"] = "gold", ["seats"] = 12, ["beta"] = true };
    private static readonly Dictionary<string, JsonElement> BaselineAttributes = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"plan":"gold","seats":12,"beta":true}""")!;

    // Built once per process, on the first setup (about 9 MB); each case's setup makes new clients over them.
    private static readonly Lazy<byte[][]> SearchPages = new(CannedAnswers.SearchPages);

    private readonly Dictionary<string, (DescopeUserClient Sdk, BaselineClient Baseline, HttpClient BaselineHttp)> _clients = [];
    private readonly List<CannedHandler> _handlers = [];
    private BatchUserPatch[] _sdkBatch = [];
    private BaselineBatchRequest _baselineBatch = new();

    // BenchmarkDotNet's in-process toolchain calls an async [GlobalSetup] without waiting for it
    // (dotnet/BenchmarkDotNet#1738), and the first call of each client yields for the license handshake, so the
    // measured calls could start before the setup ends; waiting here makes the setup finish first.
    [GlobalSetup]
    public void SetUp() => SetUpAsync().GetAwaiter().GetResult();

    public async Task SetUpAsync()
    {
        AddClients("user", () => new CannedHandler(CannedAnswers.User));
        AddClients("large", () => new CannedHandler(CannedAnswers.LargeUser));
        AddClients("batch", () => new CannedHandler(CannedAnswers.Batch));
        AddClients("search", () => new CannedHandler(new SearchPageAnswers(SearchPages.Value).For));

        // The one-time license handshake of each SDK client happens here, not in the measurements.
        await _clients["user"].Sdk.LoadAsync(LoginId);
        await _clients["large"].Sdk.LoadAsync(LoginId);
        await _clients["batch"].Sdk.PatchBatchAsync([new BatchUserPatch(LoginId)]);
        await _clients["search"].Sdk.SearchAsync(new UserSearch { Limit = CannedAnswers.SearchPageSize, Text = SearchText });

        _sdkBatch = Enumerable.Range(0, 100).Select(i => new BatchUserPatch($"user{i}@example.com") { GivenName = "Given", FamilyName = "Family", Status = UserStatus.Enabled }).ToArray();
        _baselineBatch = new BaselineBatchRequest
        {
            Users = Enumerable.Range(0, 100).Select(i => new UserFieldsRequest { LoginId = $"user{i}@example.com", GivenName = "Given", FamilyName = "Family", Status = "enabled" }).ToArray(),
        };
    }

    // An SDK client and a baseline client, each over its own handler that answers the same bytes.
    private void AddClients(string name, Func<CannedHandler> handler)
    {
        var options = new DescopeUserClientOptions { ProjectId = CannedAnswers.ProjectId, ManagementKey = CannedAnswers.ManagementKey };
        var sdkHandler = handler();
        var baselineHandler = handler();
        _handlers.Add(sdkHandler);
        _handlers.Add(baselineHandler);
        var http = new HttpClient(baselineHandler);
        _clients[name] = (new DescopeUserClient(DescopeUserClient.CreateHttpClient(options, sdkHandler), options), new BaselineClient(http), http);
    }

    /// <summary>For the verify mode: every handler records the requests it gets into <paramref name="requests"/> (or stops, given null).</summary>
    internal void Record(List<string>? requests)
    {
        foreach (var handler in _handlers)
        {
            handler.Recorded = requests;
        }
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        foreach (var (sdk, _, http) in _clients.Values)
        {
            sdk.Dispose();
            http.Dispose();
        }
    }

    [BenchmarkCategory("UpdateStatus"), Benchmark(Baseline = true)]
    public Task<BaselineUserResponse?> UpdateStatus_Baseline() =>
        _clients["user"].Baseline.PostAsync("/v1/mgmt/user/update/status", new StatusRequest(LoginId, "disabled"), BaselineJsonContext.Default.StatusRequest);

    [BenchmarkCategory("UpdateStatus"), Benchmark]
    public Task<User> UpdateStatus_Sdk() => _clients["user"].Sdk.DeactivateAsync(LoginId);

    [BenchmarkCategory("UpdateEmail"), Benchmark(Baseline = true)]
    public Task<BaselineUserResponse?> UpdateEmail_Baseline() =>
        _clients["user"].Baseline.PostAsync("/v1/mgmt/user/update/email", new EmailRequest(LoginId, "new@example.com", true, true), BaselineJsonContext.Default.EmailRequest);

    [BenchmarkCategory("UpdateEmail"), Benchmark]
    public Task<User> UpdateEmail_Sdk() => _clients["user"].Sdk.UpdateEmailAsync(LoginId, "new@example.com", verified: true, failOnConflict: true);

    [BenchmarkCategory("Update"), Benchmark(Baseline = true)]
    public Task<BaselineUserResponse?> Update_Baseline() =>
        _clients["user"].Baseline.PostAsync("/v1/mgmt/user/update", new UserFieldsRequest
        {
            LoginId = LoginId, Email = LoginId, Phone = "+12025550123", Name = "Alice Liddell", GivenName = "Alice", FamilyName = "Liddell",
            VerifiedEmail = true, RoleNames = ["admin"], UserTenants = [new BaselineTenantRoles("T1", ["editor"])], CustomAttributes = BaselineAttributes,
            Picture = "https://example.com/a.png",
        }, BaselineJsonContext.Default.UserFieldsRequest);

    [BenchmarkCategory("Update"), Benchmark]
    public Task<User> Update_Sdk() =>
        _clients["user"].Sdk.UpdateAsync(LoginId, new UserUpdate
        {
            Email = LoginId, Phone = "+12025550123", Name = "Alice Liddell", GivenName = "Alice", FamilyName = "Liddell",
            VerifiedEmail = true, RoleNames = ["admin"], UserTenants = [new TenantRoles("T1", ["editor"])], CustomAttributes = SdkAttributes,
            Picture = "https://example.com/a.png",
        });

    [BenchmarkCategory("Patch"), Benchmark(Baseline = true)]
    public Task<BaselineUserResponse?> Patch_Baseline() =>
        _clients["user"].Baseline.PatchAsync("/v1/mgmt/user/patch", new UserFieldsRequest
        {
            LoginId = LoginId, Phone = "+12025550123", GivenName = "Alice", FamilyName = "Liddell", RoleNames = ["admin", "viewer"],
            CustomAttributes = BaselineAttributes, Picture = "https://example.com/a.png", Status = "enabled",
        }, BaselineJsonContext.Default.UserFieldsRequest);

    [BenchmarkCategory("Patch"), Benchmark]
    public Task<User> Patch_Sdk() =>
        _clients["user"].Sdk.PatchAsync(LoginId, new UserPatch
        {
            Phone = "+12025550123", GivenName = "Alice", FamilyName = "Liddell", RoleNames = ["admin", "viewer"],
            CustomAttributes = SdkAttributes, Picture = "https://example.com/a.png", Status = UserStatus.Enabled,
        });

    [BenchmarkCategory("AddRoles"), Benchmark(Baseline = true)]
    public Task<BaselineUserResponse?> AddRoles_Baseline() =>
        _clients["user"].Baseline.PostAsync("/v2/mgmt/user/update/role/add", new RolesRequest(LoginId, ["admin", "viewer"], "T1"), BaselineJsonContext.Default.RolesRequest);

    [BenchmarkCategory("AddRoles"), Benchmark]
    public Task<User> AddRoles_Sdk() => _clients["user"].Sdk.AddRolesAsync(LoginId, ["admin", "viewer"], "T1");

    [BenchmarkCategory("PatchBatch100"), Benchmark(Baseline = true)]
    public Task<BaselineBatchResponse?> PatchBatch100_Baseline() => _clients["batch"].Baseline.PatchBatchAsync(_baselineBatch);

    [BenchmarkCategory("PatchBatch100"), Benchmark]
    public Task<BatchPatchResult> PatchBatch100_Sdk() => _clients["batch"].Sdk.PatchBatchAsync(_sdkBatch);

    [BenchmarkCategory("LoadLargeUser"), Benchmark(Baseline = true)]
    public Task<BaselineUserResponse?> LoadLargeUser_Baseline() => _clients["large"].Baseline.GetAsync("/v1/mgmt/user?loginId=alice%40example.com");

    [BenchmarkCategory("LoadLargeUser"), Benchmark]
    public Task<User> LoadLargeUser_Sdk() => _clients["large"].Sdk.LoadAsync(LoginId);

    [BenchmarkCategory("Search100"), Benchmark(Baseline = true)]
    public Task<BaselineUsersResponse?> Search100_Baseline() =>
        _clients["search"].Baseline.SearchAsync(new BaselineSearchRequest(CannedAnswers.SearchPageSize, null, SearchText));

    [BenchmarkCategory("Search100"), Benchmark]
    public Task<UserPage> Search100_Sdk() => _clients["search"].Sdk.SearchAsync(new UserSearch { Limit = CannedAnswers.SearchPageSize, Text = SearchText });

    // Every user of a 10,000-user search: 100 requests of 100 users, each user counted as it arrives.
    [BenchmarkCategory("SearchAll10k"), Benchmark(Baseline = true)]
    public async Task<int> SearchAll10k_Baseline()
    {
        var count = 0;
        await foreach (var user in _clients["search"].Baseline.SearchAllAsync(SearchText, CannedAnswers.SearchPageSize))
        {
            count++;
        }

        return count;
    }

    [BenchmarkCategory("SearchAll10k"), Benchmark]
    public async Task<int> SearchAll10k_Sdk()
    {
        var count = 0;
        await foreach (var user in _clients["search"].Sdk.SearchAllAsync(new UserSearch { Limit = CannedAnswers.SearchPageSize, Text = SearchText }))
        {
            count++;
        }

        return count;
    }
}
