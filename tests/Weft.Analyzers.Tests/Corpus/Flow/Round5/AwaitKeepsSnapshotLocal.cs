// WEFT0003: an async method on a worker keeps the snapshot in a local across awaits (the loop resumes on the same
// worker); after the awaits the local still is the shared snapshot, and writing its data is reported. The same in a
// `do`/`while` that re-reads Current each pass.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.AwaitKeepsSnapshotLocal;

[ThreadLocalSlot]
public sealed partial class Sessions
{
    public Dictionary<string, int> Open { get; init; } = new(); // expect: WEFT0001
}

public static class Worker
{
    public static async Task Track(string id, Task ready)
    {
        var sessions = Sessions.Current;
        await ready;
        await Task.Yield();
        sessions.Open[id] = 1; // expect: WEFT0003
        int tries = 0;
        do
        {
            var current = Sessions.Current.Open;
            await Task.Yield();
            current.Remove(id); // expect: WEFT0003
        }
        while (++tries < 3);
    }
}
