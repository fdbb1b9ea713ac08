// Round 15, WEFT0008 quiet twin: every worker enqueues its line in a captured ConcurrentQueue, joined once all ran.
using System.Collections.Concurrent;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.DumpStringBuilderQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnTable
{
    public string Worker { get; set; } = "";
    public int Open { get; set; }
}

public sealed class DumpHandler(WorkerPool pool)
{
    public async Task<string> DumpAsync()
    {
        var lines = new ConcurrentQueue<string>();
        await ConnTable.UpdateAllAsync(pool, t => lines.Enqueue($"{t.Worker}: {t.Open} open"));
        return string.Join('\n', lines);
    }
}
