// Round 3. The same StartNew on the worker dispatcher's TaskScheduler: it runs on the worker, not the default scheduler.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;
using Weft;

namespace Corpus.Calls.Round3.StartNewStaticState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Maintenance
{
    public static Task RunAsync() =>
        Task.Factory.StartNew(static state => ((ConnectionCache)state!).Trim(), ConnectionCache.Current, CancellationToken.None, TaskCreationOptions.None, Dispatcher.Current!.TaskScheduler);
}
