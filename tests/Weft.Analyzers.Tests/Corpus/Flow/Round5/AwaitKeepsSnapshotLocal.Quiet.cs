// Quiet twin of AwaitKeepsSnapshotLocal: the worker copies the snapshot's dictionary before the awaits and writes the
// copy; in the loop it only reads.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.AwaitKeepsSnapshotLocalQuiet;

[ThreadLocalSlot]
public sealed partial class Sessions
{
    public ImmutableDictionary<string, int> Open { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class Worker
{
    public static async Task<int> Track(string id, Task ready)
    {
        var mine = new Dictionary<string, int>(Sessions.Current.Open);
        await ready;
        await Task.Yield();
        mine[id] = 1;
        int tries = 0, seen = 0;
        do
        {
            var current = Sessions.Current.Open;
            await Task.Yield();
            seen += current.ContainsKey(id) ? 1 : 0;
        }
        while (++tries < 3);
        return seen + mine.Count;
    }
}
