// Round 3. The async lambda is invoked directly on the worker; its plain await resumes there.
using System.Collections.Generic;
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.AsyncLambdaInLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Job
{
    public static Task RunAsync()
    {
        var cache = ConnectionCache.Current;
        Func<Task> work = async () =>
        {
            await Task.Yield();
            cache.Trim();
        };
        return work();
    }
}
