// Round 3. The [WorkerUpdate] method removes the entry on its own worker and only logs from Task.Run.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.WorkerUpdateOffloadsThis;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate]
    private void Forget(string host)
    {
        _byHost.Remove(host);
        Task.Run(() => System.Console.WriteLine(host));
    }
}
