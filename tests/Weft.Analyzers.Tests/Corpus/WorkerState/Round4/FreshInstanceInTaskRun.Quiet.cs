// Quiet: a Task.Run body creates its own instance of the per-worker type (scratch for a CPU-bound merge) and calls the
// type's static helper; neither is the worker's instance (WEFT0008 page: "objects it creates are not captured state";
// WEFT0004 concerns the slot *value*, read through Current, and what it owns). Only the string result returns.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.FreshInstanceInTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HeaderTable
{
    public Dictionary<string, string> Values { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();
}

public sealed class HeaderMerger
{
    public Task<string> MergeAsync(IReadOnlyList<KeyValuePair<string, string>> headers) =>
        Task.Run(() =>
        {
            var scratch = new HeaderTable();
            foreach (var (name, value) in headers) scratch.Values[HeaderTable.Normalize(name)] = value;
            return string.Join("\r\n", scratch.Values.Select(kv => kv.Key + ": " + kv.Value));
        });
}
