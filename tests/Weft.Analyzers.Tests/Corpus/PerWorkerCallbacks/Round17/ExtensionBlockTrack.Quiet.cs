// Quiet twin of ExtensionBlockTrack: the extension is on a ConcurrentQueue and enqueues (a concurrent collection).
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.ExtensionBlockTrack;

public static class Tracking
{
    extension(ConcurrentQueue<string> queue)
    {
        public void Track(string n) => queue.Enqueue(n);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Identity
{
    public string Name = "";

    public static async Task<ConcurrentQueue<string>> NamesAsync(WorkerPool pool)
    {
        var names = new ConcurrentQueue<string>();
        await UpdateAllAsync(pool, id => names.Track(id.Name));
        return names;
    }
}
