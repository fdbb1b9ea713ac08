// Round 3. Every worker appends to one captured StringBuilder (a mutating call on a captured local).
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.CapturedStringBuilder;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Report
{
    public static async Task<string> BuildAsync(WorkerPool pool)
    {
        var text = new StringBuilder();
        await ConnectionCache.UpdateAllAsync(pool, c => text.AppendLine(c.Count.ToString())); // expect: WEFT0008
        return text.ToString();
    }
}
