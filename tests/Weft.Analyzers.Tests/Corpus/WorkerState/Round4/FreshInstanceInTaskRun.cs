// WEFT0004: the twin of FreshInstanceInTaskRun.Quiet that merges into the worker's own table (read through Current on
// the worker) inside Task.Run.
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
    public Task<string> MergeAsync(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var table = HeaderTable.Current;
        return Task.Run(() =>
        {
            foreach (var (name, value) in headers) table.Values[HeaderTable.Normalize(name)] = value; // expect: WEFT0004
            return string.Join("\r\n", headers.Select(kv => kv.Key));
        });
    }
}
