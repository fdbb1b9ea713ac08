// Round 15, WEFT0008, a short request handler: the debug dump endpoint appends every worker's summary to one captured
// StringBuilder from the callback run on every worker.
using System.Collections.Concurrent;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.DumpStringBuilder;

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
        var text = new StringBuilder();
        await ConnTable.UpdateAllAsync(pool, t => text.AppendLine($"{t.Worker}: {t.Open} open")); // expect: WEFT0008
        return text.ToString();
    }
}
