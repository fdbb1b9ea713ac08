// Short handler: list the plugins every worker has loaded, collected into a captured ConcurrentBag (quiet twin of
// PluginNamesCollected).
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R16.PluginNamesCollected;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PluginHost
{
    public List<string> Loaded { get; } = new();
}

public static class PluginsPage
{
    public static async Task<string[]> ListAsync(WorkerPool pool)
    {
        var names = new ConcurrentBag<string>();
        await PluginHost.UpdateAllAsync(pool, host => host.Loaded.ForEach(names.Add));
        return names.Distinct().Order().ToArray();
    }
}
