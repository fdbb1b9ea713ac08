using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A local function called from a callback that runs on every worker at once runs there: when it changes a collection
/// captured from outside the callback (an indexer set, an <c>Add</c>), every worker changes it at once (WEFT0008),
/// reported at the write. What the local function makes itself stays quiet. Fails on the engine before, which judged
/// the local function's writes as its worker's own code (only an assignment to a captured variable was followed; corpus
/// round 9, cause 3).
/// </summary>
public sealed class LocalFunctionInCallbackTests
{
    private const string Slot = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Usage
        {
            public Dictionary<string, long> Bytes { get; } = new();
        }

        """;

    [Fact]
    public Task An_indexer_set_on_a_captured_dictionary_in_a_local_function_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Slot + """
        public static class UsageReport
        {
            public static async Task<Dictionary<string, long>> CollectAsync(WorkerPool pool)
            {
                var used = new Dictionary<string, long>();
                await Usage.UpdateAllAsync(pool, usage =>
                {
                    foreach ((string tenant, long bytes) in usage.Bytes)
                    {
                        Accumulate(tenant, bytes);
                    }
                });
                return used;

                void Accumulate(string tenant, long bytes) => {|WEFT0008:used[tenant] = used.GetValueOrDefault(tenant) + bytes|};
            }
        }
        """);

    [Fact]
    public Task An_Add_to_a_captured_list_in_a_local_function_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Slot + """
        public static class Roll
        {
            public static async Task<List<string>> CallAsync(WorkerPool pool)
            {
                var seen = new List<string>();
                await Usage.UpdateAllAsync(pool, u => Note(u.Bytes.Count.ToString()));
                return seen;

                void Note(string name) => {|WEFT0008:seen.Add(name)|};
            }
        }
        """);

    [Fact]
    public Task A_local_function_that_changes_only_what_it_makes_or_is_given_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Slot + """
        public static class Roll
        {
            public static async Task CallAsync(WorkerPool pool)
            {
                await Usage.UpdateAllAsync(pool, u => Note(u.Bytes));

                static void Note(Dictionary<string, long> bytes)
                {
                    var names = new List<string>();
                    names.Add("x");
                    bytes["seen"] = names.Count;
                }
            }
        }
        """);
}
