// Round 3. The same static lambda and state posted to the calling worker's own dispatcher.
using System.Collections.Generic;
using Weft.Threading;
using Weft;

namespace Corpus.Messages.Round3.PostStateToMain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Janitor
{
    public static void TrimOnMain(WorkerPool pool) =>
        Dispatcher.Current!.Post(static cache => cache.Trim(), ConnectionCache.Current);
}
