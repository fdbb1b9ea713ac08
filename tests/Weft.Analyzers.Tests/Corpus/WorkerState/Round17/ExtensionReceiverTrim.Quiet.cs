// Quiet twin of ExtensionReceiverTrim: the extension posts the trim to the calling thread's own loop
// (Dispatcher.Current), so the receiver stays with its worker.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R17.WorkerState.ExtensionReceiverTrim;

public static class ListTrim
{
    public static void TrimLater(this List<string> list, int keep) =>
        Dispatcher.Current!.Post(() => list.RemoveRange(0, list.Count - keep));
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class RecentPaths
{
    public List<string> Paths { get; } = new();
}

public static class Handler
{
    public static void OnRequest(string path)
    {
        var recent = RecentPaths.Current;
        recent.Paths.Add(path);
        recent.Paths.TrimLater(256);
    }
}
