// Short handler: each worker marks the upstreams it has reported, through a C# 14 extension block member that adds to
// its receiver, called on the worker's own instance in the callback (quiet twin of ExtensionBlockTrackCaptured: the
// callback's own values are its business).
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
        await UpstreamSeen.UpdateAllAsync(pool, seen => seen.Reported.TrackAll(seen.Hosts));
        return all.Count;
    }
}
