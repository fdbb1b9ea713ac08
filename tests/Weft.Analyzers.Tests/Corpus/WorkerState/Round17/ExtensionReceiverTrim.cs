// WEFT0004: a classic extension method whose receiver goes into Task.Run, called on the worker's list. Page: "worker
// state it is called on (recent.TrimLater(256) on the worker's Current) is reported at the receiver of that call".
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.ExtensionReceiverTrim;

public static class ListTrim
{
    public static Task TrimLater(this List<string> list, int keep) =>
        Task.Run(() => list.RemoveRange(0, list.Count - keep));
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class RecentPaths
{
    public List<string> Paths { get; } = new();
}

public static class Handler
{
    public static Task OnRequest(string path)
    {
        var recent = RecentPaths.Current;
        recent.Paths.Add(path);
        return recent.Paths.TrimLater(256); // expect: WEFT0004
    }
}
