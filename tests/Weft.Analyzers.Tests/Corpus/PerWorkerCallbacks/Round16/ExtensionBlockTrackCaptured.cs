// Short handler: the admin page collects the upstreams every worker has seen, through a C# 14 extension block member
// that adds to its receiver, called on a captured list from a callback run on every worker (WEFT0008 at the call: a
// helper of yours that changes what it is called on counts as that change).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R16.ExtensionBlockTrackCaptured;

public static class NameListExtensions
{
    extension(List<string> names)
    {
        public void TrackAll(IEnumerable<string> more)
        {
            foreach (var name in more)
                if (!names.Contains(name))
                    names.Add(name);
        }
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamSeen
{
    public List<string> Hosts { get; } = new();
    public List<string> Reported { get; } = new();
}

public static class UpstreamsPage
{
    public static async Task<int> CollectAsync(WorkerPool pool)
    {
        var all = new List<string>();
        await UpstreamSeen.UpdateAllAsync(pool, seen => all.TrackAll(seen.Hosts)); // expect: WEFT0008
        return all.Count;
    }
}
