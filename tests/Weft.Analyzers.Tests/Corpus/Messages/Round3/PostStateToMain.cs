// Round 3. The cache travels as the state of Post<TState> to the main dispatcher: a static lambda, but the state goes where the callback goes.
using System.Collections.Generic;
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
        pool.Main.Post(static cache => cache.Trim(), ConnectionCache.Current); // expect: WEFT0004 "ConnectionCache"
}
