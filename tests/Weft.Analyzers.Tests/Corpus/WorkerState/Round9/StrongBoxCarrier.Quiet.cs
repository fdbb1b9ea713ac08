// WEFT0004: "a library constructor keeps an argument in the member named like its parameter" (StrongBox<T>(T value)
// -> Value). A box over the worker's list captured by Task.Run carries the list; the quiet twin boxes a copy.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R9.StrongBoxCarrier;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Backlog
{
    public List<string> Items { get; } = new();
}

public static class Drain
{
    public static Task<int> CountAsync()
    {
        var box = new StrongBox<List<string>>(new List<string>(Backlog.Current.Items));
        return Task.Run(() => box.Value!.RemoveAll(i => i.Length == 0));
    }
}
